package org.socialmap.diagram.server.diagram;

import java.util.Locale;

import org.socialmap.document.ModelDocument;

/** Ids for new elements: readable ({@code facebook}, {@code facebook-2}...) and unique in the model. */
public final class NewIds {

	private NewIds() {
	}

	public static String unique(ModelDocument document, String base) {
		String stem = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (stem.isEmpty()) {
			stem = "element";
		}
		String id = stem;
		for (int number = 2; document.element(id).isPresent(); number++) {
			id = stem + "-" + number;
		}
		return id;
	}
}
