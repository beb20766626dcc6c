package org.socialmap.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.socialmap.compare.Change.Kind;
import org.socialmap.compare.ModelIndex.Place;
import org.socialmap.model.Agency;

/**
 * The changes from one version of a model to another, by element and feature: elements are matched
 * by id (or, without one, by what identifies them in their container), so reordering a file or
 * renaming an element is not a removal and an addition. An added or removed element is one change,
 * whatever it holds.
 */
public final class ModelDiff {

	private final ModelIndex before;
	private final ModelIndex after;
	private final List<Change> changes = new ArrayList<>();

	private ModelDiff(Agency before, Agency after) {
		this.before = new ModelIndex(before, ModelKeys.INSTANCE);
		this.after = new ModelIndex(after, ModelKeys.INSTANCE);
	}

	/** Removals first, in the old model's order, then the rest in the new model's order; empty when equal. */
	public static List<Change> between(Agency before, Agency after) {
		ModelDiff diff = new ModelDiff(before, after);
		diff.collect();
		return List.copyOf(diff.changes);
	}

	private void collect() {
		for (String key : before.keys()) {
			Place place = before.placeOf(key);
			if (!after.has(key) && (place.container() == null || after.has(place.container()))) {
				changes.add(new Change(Kind.REMOVED, key, ElementNames.of(before.get(key)), null,
						ElementNames.placed(before.get(place.container())), null));
			}
		}
		for (String key : after.keys()) {
			Place place = after.placeOf(key);
			if (!before.has(key)) {
				if (place.container() == null || before.has(place.container())) {
					changes.add(new Change(Kind.ADDED, key, ElementNames.of(after.get(key)), null, null,
							ElementNames.placed(after.get(place.container()))));
				}
				continue;
			}
			Place old = before.placeOf(key);
			if (!Objects.equals(old, place)) {
				changes.add(new Change(Kind.MOVED, key, ElementNames.of(after.get(key)), null,
						ElementNames.placed(before.get(old.container())), ElementNames.placed(after.get(place.container()))));
			}
			compareFeatures(key);
			compareOrder(key);
		}
	}

	private void compareFeatures(String key) {
		EObject oldElement = before.get(key);
		EObject newElement = after.get(key);
		if (oldElement.eClass() != newElement.eClass()) {
			changes.add(new Change(Kind.CHANGED, key, ElementNames.placed(newElement), "type",
					oldElement.eClass().getName(), newElement.eClass().getName()));
			return;
		}
		for (EStructuralFeature feature : Features.values(newElement.eClass(), after.scheme())) {
			if (!Objects.equals(Features.comparable(oldElement, feature, before), Features.comparable(newElement, feature, after))) {
				changes.add(new Change(Kind.CHANGED, key, ElementNames.placed(newElement), feature.getName(),
						ElementNames.value(oldElement.eGet(feature)), ElementNames.value(newElement.eGet(feature))));
			}
		}
	}

	/** Children kept on both sides that no longer come in the same order. */
	private void compareOrder(String key) {
		EObject newElement = after.get(key);
		if (before.get(key).eClass() != newElement.eClass()) {
			return;
		}
		for (EReference containment : Features.containments(newElement.eClass(), after.scheme())) {
			if (!containment.isMany()) {
				continue;
			}
			List<String> newOrder = after.childKeys(key, containment);
			List<String> oldOrder = before.childKeys(key, containment).stream().filter(newOrder::contains).toList();
			if (!oldOrder.equals(newOrder.stream().filter(oldOrder::contains).toList())) {
				changes.add(new Change(Kind.REORDERED, key, ElementNames.placed(newElement), containment.getName(), null, null));
			}
		}
	}
}
