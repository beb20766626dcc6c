package org.socialmap.model.io;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/** EMF's XMI load with the {@link SocialmapHandler}. */
final class SocialmapLoad extends XMILoadImpl {

	SocialmapLoad(XMLHelper helper) {
		super(helper);
	}

	@Override
	protected DefaultHandler makeDefaultHandler() {
		return new SocialmapHandler(resource, helper, options);
	}
}
