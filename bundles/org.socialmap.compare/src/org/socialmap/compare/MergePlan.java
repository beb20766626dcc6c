package org.socialmap.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.socialmap.compare.ModelIndex.Place;

/**
 * What a three-way merge keeps, decided element by element and feature by feature before anything
 * is changed: which elements the result has, where each is, the value of each feature, and the
 * conflicts. A change of one side alone is taken; the same change on both sides is taken once;
 * different changes of one place are a conflict, and ours is kept there. Then the plan is settled
 * until no element sits in a container the result lacks and no reference names an element the
 * result lacks: a reference ours made keeps its element, one theirs made is dropped, each a conflict.
 */
final class MergePlan {

	/** The value of a feature on an element the base does not have. */
	private static final Object ABSENT = new Object();
	/** What {@link #merge3} gives when the sides changed one value differently. */
	private static final Object CONFLICT = new Object();

	final ModelIndex base;
	final ModelIndex ours;
	final ModelIndex theirs;
	/** The keys of the result's elements; those ours has are ours' elements, the others copies of theirs'. */
	final Set<String> result = new LinkedHashSet<>();
	final Map<String, Place> places = new HashMap<>();
	final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();
	final List<Conflict> conflicts = new ArrayList<>();
	/** Elements theirs deleted that the result keeps because ours refers to them. */
	private final Set<String> restored = new HashSet<>();
	/** Each reference of ours to a restored element is a conflict once: "key feature target". */
	private final Set<String> reported = new HashSet<>();

	MergePlan(ModelIndex base, ModelIndex ours, ModelIndex theirs) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		Set<String> keys = new LinkedHashSet<>(ours.keys());
		keys.addAll(theirs.keys());
		keys.addAll(base.keys());
		keys.forEach(this::decide);
		settle();
	}

	/** Whether the result's element is ours' (else it is made from theirs'). */
	boolean fromOurs(String key) {
		return ours.has(key);
	}

	private void decide(String key) {
		EObject inBase = base.get(key);
		EObject inOurs = ours.get(key);
		EObject inTheirs = theirs.get(key);
		if (inOurs != null && inTheirs != null) {
			if (inOurs.eClass() != inTheirs.eClass()) {
				conflict(key, null, "has a " + inOurs.eClass().getName(), "has a " + inTheirs.eClass().getName());
				keep(key, ours);
			} else {
				mergeBoth(key, inBase != null && inBase.eClass() == inOurs.eClass() ? inBase : null, inOurs, inTheirs);
			}
		} else if (inOurs != null) {
			List<String> edits = inBase == null ? List.of() : edits(key, ours);
			if (inBase == null || !edits.isEmpty()) {
				keep(key, ours);
			}
			if (!edits.isEmpty()) {
				conflict(key, null, "changed " + String.join(", ", edits), "deleted it");
			}
		} else if (inTheirs != null) {
			List<String> edits = inBase == null ? List.of() : edits(key, theirs);
			if (inBase == null) {
				keep(key, theirs);
			} else if (!edits.isEmpty()) {
				conflict(key, null, "deleted it", "changed " + String.join(", ", edits));
			}
		}
	}

	private void keep(String key, ModelIndex side) {
		result.add(key);
		places.put(key, side.placeOf(key));
		EObject element = side.get(key);
		Map<EStructuralFeature, Object> kept = new LinkedHashMap<>();
		for (EStructuralFeature feature : Features.values(element.eClass(), ours.scheme())) {
			kept.put(feature, Features.comparable(element, feature, side));
		}
		values.put(key, kept);
	}

	private void mergeBoth(String key, EObject inBase, EObject inOurs, EObject inTheirs) {
		result.add(key);
		Place ourPlace = ours.placeOf(key);
		Place theirPlace = theirs.placeOf(key);
		Object place = merge3(inBase == null ? ABSENT : base.placeOf(key), ourPlace, theirPlace);
		if (place == CONFLICT) {
			conflict(key, "container", in(ours, ourPlace), in(theirs, theirPlace));
			place = ourPlace;
		}
		places.put(key, (Place) place);
		Map<EStructuralFeature, Object> merged = new LinkedHashMap<>();
		for (EStructuralFeature feature : Features.values(inOurs.eClass(), ours.scheme())) {
			Object ourValue = Features.comparable(inOurs, feature, ours);
			Object theirValue = Features.comparable(inTheirs, feature, theirs);
			Object value;
			if (feature.isMany() && inBase != null && !Features.partsOfValue(feature, ours.scheme())) {
				value = Interleaving.merge(list(Features.comparable(inBase, feature, base)), list(ourValue), list(theirValue));
			} else {
				value = merge3(inBase == null ? ABSENT : Features.comparable(inBase, feature, base), ourValue, theirValue);
			}
			if (value == CONFLICT) {
				conflict(key, feature.getName(), ElementNames.value(inOurs.eGet(feature)), ElementNames.value(inTheirs.eGet(feature)));
				value = ourValue;
			}
			merged.put(feature, value);
		}
		values.put(key, merged);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object values) {
		return (List<Object>) values;
	}

	/** The merged value: one side's change, the change both made, or {@link #CONFLICT}. */
	private static Object merge3(Object inBase, Object ourValue, Object theirValue) {
		if (Objects.equals(ourValue, theirValue) || Objects.equals(theirValue, inBase)) {
			return ourValue;
		}
		if (Objects.equals(ourValue, inBase)) {
			return theirValue;
		}
		return CONFLICT;
	}

	/**
	 * What one side changed in an element the other deleted: its features, its container, and the
	 * children it added. Children it removed are no reason to keep an element the other side deleted.
	 */
	private List<String> edits(String key, ModelIndex side) {
		EObject inBase = base.get(key);
		EObject element = side.get(key);
		List<String> edits = new ArrayList<>();
		if (inBase.eClass() != element.eClass()) {
			return List.of("its type");
		}
		for (EStructuralFeature feature : Features.values(element.eClass(), ours.scheme())) {
			if (!Objects.equals(Features.comparable(inBase, feature, base), Features.comparable(element, feature, side))) {
				edits.add(feature.getName());
			}
		}
		if (!Objects.equals(base.placeOf(key), side.placeOf(key))) {
			edits.add("container");
		}
		for (EReference containment : Features.containments(element.eClass(), ours.scheme())) {
			List<String> before = base.childKeys(key, containment);
			if (side.childKeys(key, containment).stream().anyMatch(child -> !before.contains(child))) {
				edits.add(containment.getName());
			}
		}
		return edits;
	}

	/**
	 * Until nothing moves: an element whose container the result lacks goes back where ours has it,
	 * keeping that container, or, when only theirs has it, is dropped; a reference to an element the
	 * result lacks keeps that element when ours made it and is dropped when theirs did.
	 */
	private void settle() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String key : List.copyOf(result)) {
				if (result.contains(key)) {
					changed |= settlePlace(key) || settleReferences(key);
				}
			}
		}
	}

	private boolean settlePlace(String key) {
		Place place = places.get(key);
		if (place.container() == null || result.contains(place.container())) {
			return false;
		}
		if (!ours.has(key)) {
			result.remove(key);
			return true;
		}
		Place ourPlace = ours.placeOf(key);
		if (place.equals(ourPlace)) {
			keep(ourPlace.container(), ours);
		} else {
			places.put(key, ourPlace);
		}
		return true;
	}

	private boolean settleReferences(String key) {
		Map<EStructuralFeature, Object> kept = values.get(key);
		for (Map.Entry<EStructuralFeature, Object> entry : kept.entrySet()) {
			if (!(entry.getKey() instanceof EReference reference) || reference.isContainment()) {
				continue;
			}
			Object ourValue = ours.has(key) && ours.get(key).eClass() == element(key).eClass()
					? Features.comparable(ours.get(key), reference, ours) : null;
			List<?> targets = reference.isMany() ? (List<?>) entry.getValue() : Collections.singletonList(entry.getValue());
			for (Object target : targets) {
				if (target == null) {
					continue;
				}
				boolean oursRefers = ourValue != null && (reference.isMany() ? ((List<?>) ourValue).contains(target) : target.equals(ourValue));
				if (result.contains(target) && !(oursRefers && restored.contains(target))) {
					continue;
				}
				if (oursRefers) {
					if (keepReferenced(key, reference, (String) target)) {
						return true;
					}
					continue;
				}
				dropReference(key, reference, (String) target);
				if (reference.isMany()) {
					entry.setValue(targets.stream().filter(other -> !target.equals(other)).toList());
				} else if (ours.has(key)) {
					entry.setValue(ourValue);
				} else {
					result.remove(key);
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * Ours refers to an element theirs deleted: the element stays, and each such reference is a
	 * conflict. Whether the element was not kept yet.
	 */
	private boolean keepReferenced(String key, EReference reference, String target) {
		if (reported.add(key + " " + reference.getName() + " " + target)) {
			conflict(key, reference.getName(), "refers to " + ElementNames.placed(element(target)),
					"deleted " + ElementNames.of(element(target)));
		}
		if (!restored.add(target)) {
			return false;
		}
		keep(target, ours);
		return true;
	}

	/** Theirs refers to an element ours deleted: the reference goes. */
	private void dropReference(String key, EReference reference, String target) {
		conflict(key, reference.getName(), "deleted " + ElementNames.of(element(target)),
				"refers to " + ElementNames.placed(element(target)));
	}

	private void conflict(String key, String feature, String ourSide, String theirSide) {
		conflicts.add(new Conflict(key, ElementNames.placed(element(key)), feature, ourSide, theirSide));
	}

	/** The element as ours has it, else as theirs or the base has it. */
	private EObject element(String key) {
		EObject element = ours.get(key);
		if (element == null) {
			element = theirs.get(key);
		}
		return element == null ? base.get(key) : element;
	}

	private String in(ModelIndex side, Place place) {
		return place.container() == null ? "at the root" : "in " + ElementNames.placed(side.get(place.container()));
	}
}
