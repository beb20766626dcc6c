package org.socialmap.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.model.Agency;
import org.socialmap.model.ModelElement;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.model.text.Labels;

/** Validates an agency through EMF's Diagnostician and returns every finding: the rules' and EMF's own. */
public final class Validation {

	/**
	 * The rule id given to EMF's basic constraints (required values, unique ids, dangling references)
	 * and to impossible numbers (weekly hours that are not a number from 0 to 168).
	 */
	public static final String MODEL_INTEGRITY = "socialmap.model-integrity";

	private Validation() {
	}

	/**
	 * EMF's basic constraints and the rules, whatever the global registry holds: the same findings in
	 * and outside OSGi, with the catalogs, settings and rules given.
	 */
	private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(rulesRegistry());

	public static List<Finding> validate(Agency agency, CatalogRegistry catalogs, RuleSettings settings, RuleSet rules) {
		Map<Object, Object> context = new HashMap<>();
		context.put(RulesValidator.CATALOGS, catalogs);
		context.put(RulesValidator.SETTINGS, settings);
		context.put(RulesValidator.RULES, rules);
		context.put(EValidator.SubstitutionLabelProvider.class, new ModelLabels());
		BasicDiagnostic diagnostic = DIAGNOSTICIAN.createDefaultDiagnostic(agency);
		DIAGNOSTICIAN.validate(agency, diagnostic, context);
		List<Finding> findings = new ArrayList<>(rules.contributionProblems());
		diagnostic.getChildren().forEach(child -> findings.add(toFinding(child)));
		return findings;
	}

	private static EValidator.Registry rulesRegistry() {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(SocialmapPackage.eINSTANCE, SocialmapValidators.withRules(SocialmapValidators.basicConstraints()));
		return registry;
	}

	private static Finding toFinding(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (!data.isEmpty() && data.get(data.size() - 1) instanceof Finding finding) {
			return finding;
		}
		Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR
				: diagnostic.getSeverity() == Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
		List<EObject> elements = data.stream().filter(EObject.class::isInstance).map(EObject.class::cast)
				.filter(element -> !(element instanceof EStructuralFeature)).toList();
		return new Finding(MODEL_INTEGRITY, severity, diagnostic.getMessage(), elements);
	}

	/** Names elements in EMF's own messages the way findings do, not as Java object dumps. */
	private static final class ModelLabels implements EValidator.SubstitutionLabelProvider {
		@Override
		public String getObjectLabel(EObject eObject) {
			return eObject instanceof ModelElement element ? eObject.eClass().getName() + " " + Labels.of(element)
					: eObject.eClass().getName();
		}

		@Override
		public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
			return eStructuralFeature.getName();
		}

		@Override
		public String getValueLabel(EDataType eDataType, Object value) {
			return String.valueOf(value);
		}
	}
}
