package org.socialmap.model.io;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ModelElement;

/**
 * Names an element of a file being read so that a person finds it there: "Presence 'Facebook
 * page'", or through its container when it has no name of its own, "Curation of Presence
 * 'Facebook page'". Attributes are read in file order, so an element may not have its name yet.
 */
final class ElementPhrase {

	private ElementPhrase() {
	}

	static String of(EObject element) {
		if (element == null) {
			return "an element";
		}
		String type = element.eClass().getName();
		if (element instanceof ModelElement named) {
			String name = !blank(named.getName()) ? named.getName() : named.getId();
			if (!blank(name)) {
				return type + " " + Excerpt.quote(name);
			}
		}
		EObject container = element.eContainer();
		return container == null ? withArticle(type) : type + " of " + of(container);
	}

	/** "a Presence", "an Objective". */
	static String withArticle(String type) {
		return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
