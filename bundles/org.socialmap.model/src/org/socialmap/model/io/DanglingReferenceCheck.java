package org.socialmap.model.io;

import java.io.IOException;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.socialmap.model.ModelElement;

/**
 * Refuses to save a model that refers to an element no longer in it (a curation of a deleted
 * member, say). EMF would write the reference as a bare id, and the file would no longer open.
 */
final class DanglingReferenceCheck {

	private DanglingReferenceCheck() {
	}

	static void check(Resource resource) throws IOException {
		for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject source = contents.next();
			for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>) source
					.eCrossReferences().iterator(); targets.hasNext();) {
				EObject target = targets.next();
				EReference reference = (EReference) targets.feature();
				if (!reference.isTransient() && !target.eIsProxy() && target.eResource() != resource) {
					throw new IOException("cannot save: " + describe(source) + " refers through '" + reference.getName()
							+ "' to " + describe(target) + ", which is no longer in the model; remove or redirect that reference first");
				}
			}
		}
	}

	private static String describe(EObject element) {
		String name = element instanceof ModelElement named ? " '" + (named.getName() != null ? named.getName() : named.getId()) + "'" : "";
		EObject container = element.eContainer();
		String where = name.isEmpty() && container instanceof ModelElement owner ? " of " + describe(owner) : "";
		return element.eClass().getName() + name + where;
	}

}
