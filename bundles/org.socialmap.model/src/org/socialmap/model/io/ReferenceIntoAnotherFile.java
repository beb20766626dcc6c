package org.socialmap.model.io;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

/** A reference written as {@code file#id}: Socialmap files refer only to their own elements. */
final class ReferenceIntoAnotherFile extends UnresolvedReferenceException {

	private static final long serialVersionUID = 1L;

	/** @param feature the reference, or null when it was written as an element */
	ReferenceIntoAnotherFile(EObject holder, EStructuralFeature feature, String reference, String location, int line, int column) {
		super(holder, feature, reference, location, line, column);
	}
}
