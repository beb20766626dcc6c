package org.socialmap.compare;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Every element of one version of a file under a key that names the same element in another
 * version: see {@link KeyScheme}. The root is always {@link #ROOT}, so an agency whose id changed
 * is still the same agency.
 */
final class ModelIndex {

	static final String ROOT = "/";

	private final KeyScheme scheme;
	private final Map<String, EObject> elements = new LinkedHashMap<>();
	private final Map<EObject, String> keys = new IdentityHashMap<>();

	ModelIndex(EObject root, KeyScheme scheme) {
		this.scheme = scheme;
		elements.put(ROOT, root);
		keys.put(root, ROOT);
		Map<String, Integer> seen = new HashMap<>();
		// Own keys first: the keys of curations and links are made of the keys of the elements they name.
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (scheme.partOfValue(element.eContainmentFeature())) {
				contents.prune();
			} else if (scheme.ownKey(element) != null) {
				keys.put(element, unique(scheme.ownKey(element), seen));
			}
		}
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (scheme.partOfValue(element.eContainmentFeature())) {
				contents.prune();
				continue;
			}
			String key = keys.computeIfAbsent(element,
					unkeyed -> unique(keys.get(unkeyed.eContainer()) + "/" + scheme.keyInContainer(unkeyed, this), seen));
			elements.put(key, element);
		}
	}

	KeyScheme scheme() {
		return scheme;
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

	/** A second element with the same key (an id used twice) gets the key with "#2", and so on. */
	private static String unique(String key, Map<String, Integer> seen) {
		int count = seen.merge(key, 1, Integer::sum);
		return count == 1 ? key : key + "#" + count;
	}

	/** An element's container and containment feature, by key; the root's container is null. */
	record Place(String container, EReference feature) {

		static final Place ROOT = new Place(null, null);
	}
}
