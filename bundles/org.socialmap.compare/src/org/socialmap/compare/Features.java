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
 * the others. Children that are parts of one value (an edge's routing points) are that value.
 */
final class Features {

	private static final Map<EClass, List<EStructuralFeature>> VALUES = new ConcurrentHashMap<>();
	private static final Map<EClass, List<EReference>> CONTAINMENTS = new ConcurrentHashMap<>();

	private Features() {
	}

	/** The attributes, the references to other elements and the parts of values, in the metamodel's order. */
	static List<EStructuralFeature> values(EClass type, KeyScheme scheme) {
		return VALUES.computeIfAbsent(type, unknown -> {
			List<EStructuralFeature> features = new ArrayList<>();
			for (EStructuralFeature feature : unknown.getEAllStructuralFeatures()) {
				boolean children = feature instanceof EReference reference && (reference.isContainment() && !scheme.partOfValue(reference)
						|| reference.isContainer());
				if (!feature.isTransient() && !feature.isDerived() && !children) {
					features.add(feature);
				}
			}
			return List.copyOf(features);
		});
	}

	/** The features that hold child elements. */
	static List<EReference> containments(EClass type, KeyScheme scheme) {
		return CONTAINMENTS.computeIfAbsent(type, unknown -> unknown.getEAllContainments().stream()
				.filter(reference -> !reference.isTransient() && !scheme.partOfValue(reference)).toList());
	}

	/** Whether the feature holds the parts of one value. */
	static boolean partsOfValue(EStructuralFeature feature, KeyScheme scheme) {
		return feature instanceof EReference reference && reference.isContainment() && scheme.partOfValue(reference);
	}

	/**
	 * A feature's value in a form that compares across models: attribute values as they are (lists
	 * copied), references as the keys of the elements they name, parts of a value as the lists of
	 * their attributes' values.
	 */
	static Object comparable(EObject element, EStructuralFeature feature, ModelIndex index) {
		Object value = element.eGet(feature);
		if (partsOfValue(feature, index.scheme())) {
			return ((List<?>) value).stream().map(part -> attributes((EObject) part)).toList();
		}
		if (feature instanceof EReference) {
			return feature.isMany() ? ((List<?>) value).stream().map(target -> index.keyOf((EObject) target)).toList()
					: index.keyOf((EObject) value);
		}
		return feature.isMany() ? ((List<?>) value).stream().toList() : value;
	}

	private static List<Object> attributes(EObject part) {
		return part.eClass().getEAllAttributes().stream().map(part::eGet).toList();
	}

	/** A part made again from its attributes' values, as {@link #comparable} gives them. */
	static EObject part(EReference containment, List<?> attributes) {
		EObject part = org.eclipse.emf.ecore.util.EcoreUtil.create(containment.getEReferenceType());
		List<org.eclipse.emf.ecore.EAttribute> features = part.eClass().getEAllAttributes();
		for (int i = 0; i < features.size(); i++) {
			part.eSet(features.get(i), attributes.get(i));
		}
		return part;
	}
}
