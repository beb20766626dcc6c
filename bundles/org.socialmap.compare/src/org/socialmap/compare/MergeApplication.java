package org.socialmap.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.socialmap.compare.ModelIndex.Place;

/**
 * Makes ours into the result of a {@link MergePlan}: theirs' new elements are made afresh, every
 * feature gets its merged value, every containment list its merged order, and the elements the
 * result drops are let go of (a dropped curation no longer counts among its member's).
 */
final class MergeApplication {

	private final MergePlan plan;
	private final Map<String, EObject> elements = new HashMap<>();

	private MergeApplication(MergePlan plan) {
		this.plan = plan;
	}

	static void apply(MergePlan plan) {
		new MergeApplication(plan).apply();
	}

	private void apply() {
		for (String key : plan.result) {
			elements.put(key, plan.fromOurs(key) ? plan.ours.get(key) : EcoreUtil.create(plan.theirs.get(key).eClass()));
		}
		plan.result.forEach(this::setValues);
		Map<Place, List<String>> children = new LinkedHashMap<>();
		for (String key : plan.result) {
			children.computeIfAbsent(plan.places.get(key), place -> new ArrayList<>()).add(key);
		}
		for (String key : plan.result) {
			EObject container = elements.get(key);
			for (EReference containment : Features.containments(container.eClass(), plan.ours.scheme())) {
				List<String> members = children.getOrDefault(new Place(key, containment), List.of());
				fill(container, containment, Interleaving.order(order(plan.ours, key, containment),
						order(plan.theirs, key, containment), members));
			}
		}
		for (String key : plan.ours.keys()) {
			if (!plan.result.contains(key)) {
				letGo(plan.ours.get(key));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void setValues(String key) {
		EObject element = elements.get(key);
		for (Map.Entry<EStructuralFeature, Object> entry : plan.values.get(key).entrySet()) {
			EStructuralFeature feature = entry.getKey();
			if (Features.partsOfValue(feature, plan.ours.scheme())) {
				setParts(element, (EReference) feature, (List<?>) entry.getValue());
				continue;
			}
			Object value = feature instanceof EReference ? resolve(entry.getValue()) : entry.getValue();
			if (feature.isMany()) {
				ECollections.setEList((EList<Object>) element.eGet(feature), (List<Object>) value);
			} else if (!Objects.equals(element.eGet(feature), value)) {
				element.eSet(feature, value);
			}
		}
	}

	/** Made again only when they differ: an unchanged route keeps its points. */
	@SuppressWarnings("unchecked")
	private void setParts(EObject element, EReference containment, List<?> parts) {
		if (!parts.equals(Features.comparable(element, containment, plan.ours))) {
			ECollections.setEList((EList<EObject>) element.eGet(containment),
					parts.stream().map(part -> Features.part(containment, (List<?>) part)).toList());
		}
	}

	/** Keys become the result's elements. */
	private Object resolve(Object keys) {
		return keys instanceof List<?> list ? list.stream().map(elements::get).toList() : elements.get(keys);
	}

	@SuppressWarnings("unchecked")
	private void fill(EObject container, EReference containment, List<String> keys) {
		List<EObject> members = keys.stream().map(elements::get).toList();
		if (containment.isMany()) {
			ECollections.setEList((EList<EObject>) container.eGet(containment), members);
		} else if (container.eGet(containment) != (members.isEmpty() ? null : members.get(0))) {
			container.eSet(containment, members.isEmpty() ? null : members.get(0));
		}
	}

	private static List<String> order(ModelIndex side, String key, EReference containment) {
		return side.has(key) && side.get(key).eClass().getEAllContainments().contains(containment)
				? side.childKeys(key, containment) : List.of();
	}

	/** References with an opposite would keep a dropped element listed on the side that stays. */
	private static void letGo(EObject dropped) {
		for (EReference reference : dropped.eClass().getEAllReferences()) {
			if (reference.getEOpposite() != null && !reference.isContainer() && !reference.isContainment()
					&& reference.isChangeable() && dropped.eIsSet(reference)) {
				dropped.eUnset(reference);
			}
		}
	}
}
