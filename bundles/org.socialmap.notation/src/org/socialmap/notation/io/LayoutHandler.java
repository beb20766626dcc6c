package org.socialmap.notation.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's SAX handler for XMI, noting the line each element is read on when asked to
 * ({@link LayoutResource#OPTION_RECORD_LINES}), so that a warning about an entry says where it is.
 */
final class LayoutHandler extends SAXXMIHandler {

	private final ElementLines lines;

	LayoutHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
		lines = options.get(LayoutResource.OPTION_RECORD_LINES) instanceof ElementLines given ? given : null;
	}

	@Override
	protected void processObject(EObject object) {
		super.processObject(object);
		if (object != null && lines != null) {
			lines.put(object, getLineNumber());
		}
	}
}
