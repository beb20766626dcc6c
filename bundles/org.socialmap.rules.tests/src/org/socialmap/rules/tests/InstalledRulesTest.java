package org.socialmap.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.RulesValidator;
import org.socialmap.rules.SocialmapValidators;
import org.socialmap.rules.Validation;
import org.socialmap.tests.common.Conditions;

/** The rules as a running Eclipse has them: registered with EMF, with this bundle's broken contributions. */
class InstalledRulesTest {

	@Test
	void brokenRuleContributionsAreReportedAndSkipped() {
		RuleSet installed = Rules.installed();
		assertEquals(Rules.builtin().size() + 1, installed.rules().size(), "the throwing rule loads; the two broken ones do not");
		List<String> problems = installed.contributionProblems().stream().map(Finding::message).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("plug-in org.socialmap.rules.tests was skipped: its class java.lang.Object is not a Rule"),
				problems.get(0));
		assertTrue(problems.get(1).contains("org.socialmap.rules.tests.NoSuchRule cannot be created"), problems.get(1));
	}

	@Test
	void aRuleThatThrowsIsReportedWhileTheOthersStillRun() {
		CompliantClient model = new CompliantClient();
		model.flickr.setPurpose(null);
		List<Finding> findings = Validation.validate(model.agency, Catalogs.registry(), RuleSettings.defaults(), Rules.installed());
		List<String> ruleIds = findings.stream().map(Finding::ruleId).toList();
		assertTrue(ruleIds.contains("socialmap.showcase-presence"), ruleIds.toString());
		assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("tests.throwing")
				&& f.message().contains("failed on client 'Bottega' and reported nothing")), ruleIds.toString());
	}

	@Test
	void anyEmfToolThatRunsTheDiagnosticianSeesTheRules() {
		// Only EMF's API: the rules bundle put its validator in EMF's registry when it started.
		CompliantClient model = new CompliantClient();
		model.flickr.setPurpose(null);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model.agency);
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getSource().equals("org.socialmap.rules")
				&& d.getCode() == 1 && d.getMessage().contains("showcase presence") && d.getData().get(0) == model.flickr),
				diagnostic.getChildren().toString());
	}

	@Test
	void anyEmfToolThatRunsTheDiagnosticianSeesImpossibleHours() {
		CompliantClient model = new CompliantClient();
		model.ada.setWeeklyHours(Double.NaN);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model.agency);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), diagnostic.getChildren().toString());
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getSource().equals("org.socialmap.rules")
				&& d.getSeverity() == Diagnostic.ERROR && d.getData().get(0) == model.ada
				&& d.getMessage().equals("Member 'Ada' has weeklyHours NaN: give the hours a week as a number from 0 to 168.")),
				diagnostic.getChildren().toString());
	}

	@Test
	void theRulesComposeWithAValidatorRegisteredBeforeAndLeaveItWhenTheBundleStops() throws BundleException {
		Bundle rules = FrameworkUtil.getBundle(RulesValidator.class);
		EValidator.Registry registry = EValidator.Registry.INSTANCE;
		rules.stop();
		try {
			assertNull(registry.get(SocialmapPackage.eINSTANCE), "nothing else registered a validator for Socialmap models");
			EValidator otherTool = new OtherToolsValidator();
			registry.put(SocialmapPackage.eINSTANCE, otherTool);

			rules.start(Bundle.START_ACTIVATION_POLICY); // as Equinox starts a lazy bundle
			waitUntil(() -> SocialmapValidators.hasRules(registry.get(SocialmapPackage.eINSTANCE)));
			CompliantClient model = new CompliantClient();
			model.flickr.setPurpose(null);
			List<String> sources = Diagnostician.INSTANCE.validate(model.agency).getChildren().stream()
					.map(Diagnostic::getSource).distinct().toList();
			assertEquals(List.of(OtherToolsValidator.SOURCE, "org.socialmap.rules"), sources);

			rules.stop();
			assertSame(otherTool, registry.get(SocialmapPackage.eINSTANCE), "the other tool's validator is back");
		} finally {
			registry.remove(SocialmapPackage.eINSTANCE);
			rules.start(Bundle.START_ACTIVATION_POLICY);
			waitUntil(() -> SocialmapValidators.hasRules(registry.get(SocialmapPackage.eINSTANCE)));
		}
	}

	/** Declarative Services activates components on its own thread. */
	private static void waitUntil(BooleanSupplier condition) {
		Conditions.await(condition, Duration.ofSeconds(30), "the rules validator to be registered");
	}

	/** Another EMF tool's validator for Socialmap models: one diagnostic per agency. */
	private static final class OtherToolsValidator extends EObjectValidator {

		static final String SOURCE = "other.tool";

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			if (eObject instanceof Agency && diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 1, "checked by another tool", new Object[] { eObject }));
			}
			return true;
		}
	}
}
