package org.socialmap.compare;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.socialmap.model.Affinity;
import org.socialmap.model.Agency;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.ModelElement;

/**
 * Every element of one model under a key that names the same element in another version of the
 * model: a named element's id; for the elements without an id, what identifies them inside their
 * container (a curation its member, a link its ends, an affinity its platform or kind). The root is
 * always {@link #ROOT}, so an agency whose id changed is still the same agency.
 */
final class ModelIndex {

	static final String ROOT = "/";

	private final Map<String, EObject> elements = new LinkedHashMap<>();
	private final Map<EObject, String> keys = new IdentityHashMap<>();

	ModelIndex(Agency agency) {
		elements.put(ROOT, agency);
		keys.put(agency, ROOT);
		Map<String, Integer> seen = new HashMap<>();
		// Ids first: the keys of curations and links are made of the keys of the elements they name.
		for (Iterator<EObject> contents = agency.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof ModelElement named && !blank(named.getId())) {
				keys.put(named, unique("id:" + named.getId(), seen));
			}
		}
		for (Iterator<EObject> contents = agency.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			String key = keys.computeIfAbsent(element, unkeyed -> unique(keyInContainer(unkeyed), seen));
			elements.put(key, element);
		}
	}

	EObject get(String key) {
		return elements.get(key);
	}

	boolean has(String key) {
		return elements.containsKey(key);
	}

	/** The keys in document order, the root first. */
	Set<String> keys() {
		return elements.keySet();
	}

	String keyOf(EObject element) {
		return element == null ? null : keys.get(element);
	}

	/** Where the element is: its container's key and the containment feature; none for the root. */
	Place placeOf(String key) {
		EObject element = elements.get(key);
		return element.eContainer() == null ? Place.ROOT
				: new Place(keys.get(element.eContainer()), element.eContainmentFeature());
	}

	/** The keys of the elements a containment feature of {@code key} holds, in order. */
	List<String> childKeys(String key, EReference containment) {
		@SuppressWarnings("unchecked")
		List<EObject> children = (List<EObject>) elements.get(key).eGet(containment);
		return children.stream().map(keys::get).toList();
	}

	private String keyInContainer(EObject element) {
		String container = keys.get(element.eContainer());
		String local = switch (element) {
		case Curation curation -> "curation:" + keyOf(curation.getMember());
		case Link link -> "link:" + keyOf(link.getSource()) + ">" + keyOf(link.getTarget());
		case Affinity affinity -> affinity.getPlatform() != null ? "affinity:platform=" + affinity.getPlatform()
				: "affinity:kind=" + affinity.getPlatformKind();
		default -> element.eContainmentFeature().getName() + ":"
				+ ((List<?>) element.eContainer().eGet(element.eContainmentFeature())).indexOf(element);
		};
		return container + "/" + local;
	}

	/** A second element with the same key (an id used twice) gets the key with "#2", and so on. */
	private static String unique(String key, Map<String, Integer> seen) {
		int count = seen.merge(key, 1, Integer::sum);
		return count == 1 ? key : key + "#" + count;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** An element's container and containment feature, by key; the root's container is null. */
	record Place(String container, EReference feature) {

		static final Place ROOT = new Place(null, null);
	}
}
