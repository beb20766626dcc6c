package org.socialmap.model.edit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Ids for elements a tool adds to a model: readable ({@code objective}, {@code objective-2}...) and unique in it. */
public final class NewElementIds {

	private NewElementIds() {
	}

	/** {@code base} as an id (lower case words joined by dashes), numbered past the ids {@code root}'s tree holds. */
	public static String unique(EObject root, String base) {
		Set<String> taken = new HashSet<>();
		taken.add(EcoreUtil.getID(root));
		root.eAllContents().forEachRemaining(element -> taken.add(EcoreUtil.getID(element)));
		return unique(base, "element", taken::contains);
	}

	/**
	 * {@code base} as an id (lower case words joined by dashes; {@code fallback} when it has no letter
	 * or digit), numbered past the ids {@code taken} says are taken.
	 */
	public static String unique(String base, String fallback, Predicate<String> taken) {
		String stem = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (stem.isEmpty()) {
			stem = fallback;
		}
		String id = stem;
		for (int number = 2; taken.test(id); number++) {
			id = stem + "-" + number;
		}
		return id;
	}
}
