package org.socialmap.notation.io;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/** EMF's XMI load with the {@link LayoutHandler}. */
final class LayoutLoad extends XMILoadImpl {

	LayoutLoad(XMLHelper helper) {
		super(helper);
	}

	@Override
	protected DefaultHandler makeDefaultHandler() {
		return new LayoutHandler(resource, helper, options);
	}
}
