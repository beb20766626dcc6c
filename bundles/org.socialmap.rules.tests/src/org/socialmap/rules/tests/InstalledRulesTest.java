package org.socialmap.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.SocialmapValidator;
import org.socialmap.rules.Validation;

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
		assertInstanceOf(SocialmapValidator.class, EValidator.Registry.INSTANCE.getEValidator(SocialmapPackage.eINSTANCE));
		CompliantClient model = new CompliantClient();
		model.flickr.setPurpose(null);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model.agency);
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getSource().equals(SocialmapValidator.DIAGNOSTIC_SOURCE)
				&& d.getMessage().contains("showcase presence") && d.getData().get(0) == model.flickr),
				diagnostic.getChildren().toString());
	}
}
