package org.socialmap.model.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's SAX handler for XMI, plus what a person needs to hear about a bad file: the line of the
 * element a bad reference is written on, and a refusal of references into other files.
 */
final class SocialmapHandler extends SAXXMIHandler {

	/** The line each element's start tag ends on, where the parser reads its attributes. */
	private final Map<EObject, Integer> lines = new HashMap<>();

	SocialmapHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void processObject(EObject object) {
		super.processObject(object);
		if (object != null) {
			lines.put(object, getLineNumber());
		}
	}

	/**
	 * EMF sets references by id once the whole document is read, when the parser is past its last
	 * line; a reference to an element of the wrong type then has no line. It gets its element's.
	 */
	@Override
	public void error(XMIException problem) {
		if (problem.getLine() <= 0 && problem instanceof IllegalValueException bad && lines.containsKey(bad.getObject())) {
			Exception cause = bad.getCause() instanceof Exception exception ? exception : null;
			super.error(new IllegalValueException(bad.getObject(), bad.getFeature(), bad.getValue(), cause,
					bad.getLocation(), lines.get(bad.getObject()), 0));
			return;
		}
		super.error(problem);
	}

	/**
	 * A Socialmap file names other elements by their ids in the same file. A reference into another
	 * file ({@code member="other.socialmap#ada"}) would stay an empty placeholder that every later
	 * step trips over.
	 */
	@Override
	protected void setValueFromId(EObject object, EReference reference, String ids) {
		for (String id : ids.trim().split("\\s+")) {
			int hash = id.indexOf('#');
			if (hash > 0 && !isThisFile(id.substring(0, hash))) {
				error(new ReferenceIntoAnotherFile(object, reference, id, getLocation(), getLineNumber(), getColumnNumber()));
				return;
			}
		}
		super.setValueFromId(object, reference, ids);
	}

	/** The same refusal for a reference written as an element: {@code <member href="other.socialmap#ada"/>}. */
	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		super.handleProxy(proxy, uriLiteral);
		if (!proxy.eProxyURI().trimFragment().equals(resourceURI)) {
			// The element holding the reference is on top of the stack; the proxy is not pushed yet.
			error(new ReferenceIntoAnotherFile(objects.peekEObject(), null, uriLiteral, getLocation(), getLineNumber(),
					getColumnNumber()));
		}
	}

	private boolean isThisFile(String fileName) {
		try {
			return URI.createURI(fileName).resolve(resourceURI).equals(resourceURI);
		} catch (IllegalArgumentException notEvenAFileName) {
			return false;
		}
	}

	/** The parser pool resets a handler before it hands it to the next load. */
	@Override
	public void reset() {
		super.reset();
		lines.clear();
	}
}
