package org.socialmap.diagram.server.properties;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.workload.Workload;

/**
 * Turns the value a client sends for a property into the model's: text, a number, true or false,
 * an enum literal, lines for a list. A value that does not fit is refused in words.
 */
final class PropertyValues {

	private PropertyValues() {
	}

	/** The model value for {@code feature}; {@code label} names the property in messages. */
	static Object convert(EStructuralFeature feature, String label, Object value, CatalogRegistry catalogs) {
		if (feature.isMany()) {
			return Arrays.stream(text(value).split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}
		if (feature.getEType() instanceof EEnum eEnum) {
			return literal(eEnum, label, text(value));
		}
		EAttribute attribute = (EAttribute) feature;
		if (attribute.getEAttributeType() == EcorePackage.Literals.EDOUBLE) {
			return hours(feature, label, number(label, value));
		}
		if (attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN) {
			return bool(label, value);
		}
		String text = text(value).strip();
		if (feature == Literals.PRESENCE__PLATFORM) {
			return platform(text, catalogs);
		}
		return text.isEmpty() ? null : text;
	}

	private static Object literal(EEnum eEnum, String label, String value) {
		EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(value.strip());
		if (literal == null) {
			literal = eEnum.getEEnumLiteral(value.strip());
		}
		if (literal == null) {
			List<String> choices = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
			throw new GLSPServerException("'" + value + "' is not a " + label + ": choose one of " + String.join(", ", choices) + ".");
		}
		return literal.getInstance();
	}

	private static double number(String label, Object value) {
		if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
			return number.doubleValue();
		}
		try {
			double number = Double.parseDouble(text(value).strip());
			if (Double.isFinite(number)) {
				return number;
			}
		} catch (NumberFormatException notANumber) {
			// refused below
		}
		throw new GLSPServerException(label + " is a number; '" + text(value) + "' is not one.");
	}

	/** Weekly hours are a number from 0 to 168 ({@link Workload#possible}). */
	private static double hours(EStructuralFeature feature, String label, double hours) {
		boolean weekly = feature == Literals.MEMBER__WEEKLY_HOURS || feature == Literals.CURATION__WEEKLY_HOURS;
		if (weekly && !Workload.possible(hours)) {
			throw new GLSPServerException(label + " are hours a week, from 0 to " + (int) Workload.HOURS_A_WEEK + "; "
					+ hours + " is not.");
		}
		return hours;
	}

	private static boolean bool(String label, Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		String text = text(value).strip();
		if (text.equals("true") || text.equals("false")) {
			return Boolean.parseBoolean(text);
		}
		throw new GLSPServerException(label + " is true or false; '" + text + "' is neither.");
	}

	private static String platform(String id, CatalogRegistry catalogs) {
		if (catalogs.platform(id).isEmpty()) {
			throw new GLSPServerException("No installed catalog has a platform '" + id + "': pick one from the list.");
		}
		return id;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
