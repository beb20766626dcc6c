package org.socialmap.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The features compare and merge look at, found by reflection over the metamodel: what a file
 * saves. Transient and derived features (a member's curations, a curation's presence) follow from
 * the others.
 */
final class Features {

	private static final Map<EClass, List<EStructuralFeature>> VALUES = new ConcurrentHashMap<>();
	private static final Map<EClass, List<EReference>> CONTAINMENTS = new ConcurrentHashMap<>();

	private Features() {
	}

	/** The attributes and the references to other elements, in the metamodel's order. */
	static List<EStructuralFeature> values(EClass type) {
		return VALUES.computeIfAbsent(type, unknown -> {
			List<EStructuralFeature> features = new ArrayList<>();
			for (EStructuralFeature feature : unknown.getEAllStructuralFeatures()) {
				boolean containment = feature instanceof EReference reference && (reference.isContainment() || reference.isContainer());
				if (!feature.isTransient() && !feature.isDerived() && !containment) {
					features.add(feature);
				}
			}
			return List.copyOf(features);
		});
	}

	/** The features that hold child elements. */
	static List<EReference> containments(EClass type) {
		return CONTAINMENTS.computeIfAbsent(type, unknown -> unknown.getEAllContainments().stream()
				.filter(reference -> !reference.isTransient()).toList());
	}

	/**
	 * A feature's value in a form that compares across models: attribute values as they are (lists
	 * copied), references as the keys of the elements they name.
	 */
	static Object comparable(EObject element, EStructuralFeature feature, ModelIndex index) {
		Object value = element.eGet(feature);
		if (feature instanceof EReference) {
			return feature.isMany() ? ((List<?>) value).stream().map(target -> index.keyOf((EObject) target)).toList()
					: index.keyOf((EObject) value);
		}
		return feature.isMany() ? ((List<?>) value).stream().toList() : value;
	}
}
