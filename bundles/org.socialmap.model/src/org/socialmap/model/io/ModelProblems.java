package org.socialmap.model.io;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.socialmap.model.ModelElement;

/**
 * What EMF found wrong with a model or a layout, in a person's words: which element, which
 * attribute, which value, and what would be right. EMF's own messages name Java classes and objects
 * instead.
 */
final class ModelProblems {

	private ModelProblems() {
	}

	/** The sentence for one of EMF's problems with a model, or null when it is not one of them. */
	static String sentence(XMIException problem, FileKind kind) {
		if (problem instanceof IllegalValueException bad) {
			return bad.getValue() instanceof EObject target && bad.getFeature() instanceof EReference reference
					? wrongType(bad.getObject(), reference, target)
					: badValue(bad.getObject(), bad.getFeature(), bad.getValue());
		}
		if (problem instanceof UnresolvedReferenceException missing) {
			return missingTarget(missing);
		}
		if (problem instanceof FeatureNotFoundException unknown) {
			return ElementPhrase.of(unknown.getObject()) + " has no attribute or element " + Excerpt.quote(unknown.getName());
		}
		if (problem instanceof ClassNotFoundException unknown) {
			return kind.root().getEPackage().getEClassifier(unknown.getName()) instanceof EClass type && type.isAbstract()
					? "no element can be of the abstract type '" + type.getName() + "'; it must be " + anyOf(type)
					: "there is no element type " + Excerpt.quote(unknown.getName()) + " in Socialmap " + kind.noun() + "s";
		}
		if (problem instanceof PackageNotFoundException notFound) {
			String expected = "Socialmap " + kind.noun() + " files use '" + kind.root().getEPackage().getNsURI() + "'";
			return notFound.uri() == null
					? "not a Socialmap " + kind.noun() + ": its elements have no namespace, where " + expected
					: "not a Socialmap " + kind.noun() + ": it uses the namespace " + Excerpt.quote(notFound.uri()) + " where " + expected;
		}
		return null;
	}

	private static String badValue(EObject holder, EStructuralFeature feature, Object value) {
		String start = ElementPhrase.of(holder) + ": " + feature.getName() + " " + Excerpt.quote(value);
		EClassifier type = feature.getEType();
		if (type instanceof EEnum choices) {
			return start + " is not one of: "
					+ choices.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "));
		}
		if (isNumber(type)) {
			return start + " is not a number";
		}
		return start + " is not a valid " + type.getName();
	}

	private static String wrongType(EObject holder, EReference reference, EObject target) {
		EClass expected = reference.getEReferenceType();
		String found = ElementPhrase.withArticle(target.eClass().getName());
		if (reference.isContainment()) {
			return ElementPhrase.of(holder) + " has " + found + " among its " + reference.getName() + ", where "
					+ anyOf(expected) + " belongs";
		}
		String id = target instanceof ModelElement element && element.getId() != null ? element.getId() : "";
		return ElementPhrase.of(holder) + " names " + reference.getName() + " " + Excerpt.quote(id) + ", which is " + found
				+ ", not " + anyOf(expected);
	}

	private static String missingTarget(UnresolvedReferenceException missing) {
		String names = missing.getFeature() == null ? " refers to " : " names " + missing.getFeature().getName() + " ";
		String why = missing instanceof ReferenceIntoAnotherFile
				? ", an element of another file; a Socialmap file refers only to its own elements, by id"
				: ", which no element of the file has";
		return ElementPhrase.of(missing.getObject()) + names + Excerpt.quote(missing.getReference()) + why;
	}

	/** "a Member"; for an abstract type, what an element of it can be: "a Website or a Presence". */
	private static String anyOf(EClass type) {
		if (!type.isAbstract()) {
			return ElementPhrase.withArticle(type.getName());
		}
		List<String> concrete = type.getEPackage().getEClassifiers().stream()
				.filter(classifier -> classifier instanceof EClass subtype && !subtype.isAbstract() && type.isSuperTypeOf(subtype))
				.map(subtype -> ElementPhrase.withArticle(subtype.getName())).toList();
		return concrete.size() < 2 ? String.join("", concrete)
				: String.join(", ", concrete.subList(0, concrete.size() - 1)) + " or " + concrete.get(concrete.size() - 1);
	}

	private static boolean isNumber(EClassifier type) {
		Class<?> javaType = type instanceof EDataType ? type.getInstanceClass() : null;
		return javaType != null && (Number.class.isAssignableFrom(javaType)
				|| javaType.isPrimitive() && javaType != boolean.class && javaType != char.class);
	}
}
