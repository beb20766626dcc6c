package @@PACKAGE@@.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;

/** The catalog and the rule as Socialmap sees them once this plug-in is installed, in Equinox. */
class @@CLASS@@Test {

	private static final String CATALOG_ID = "@@ID@@";
	private static final String NETWORK = CATALOG_ID + ".network";

	private final CatalogRegistry registry = Catalogs.registry();

	@Test
	void theCatalogLoadsWithoutProblems() {
		List<CatalogProblem> ours = registry.problems().stream()
				.filter(problem -> problem.contributor().equals(CATALOG_ID)).toList();
		assertEquals(List.of(), ours);
		assertEquals(CATALOG_ID, registry.platform(NETWORK).orElseThrow().catalogId());
		assertTrue(registry.platform(NETWORK).orElseThrow().icon() != null, "the platform's icon is in the bundle");
	}

	@Test
	void theRuleIsInstalled() {
		assertTrue(Rules.installed().rule(CATALOG_ID + ".account-named").isPresent(),
				Rules.installed().contributionProblems().toString());
	}

	@Test
	void aPresenceWithoutHandleOrUrlIsReported() {
		List<String> messages = findingsOfTheRule(presenceOn(NETWORK, null));
		assertEquals(1, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains("'Our page' on Example network has neither a handle nor a URL"), messages.get(0));
	}

	@Test
	void aPresenceWithAHandleIsNotReported() {
		assertEquals(List.of(), findingsOfTheRule(presenceOn(NETWORK, "our-page")));
	}

	@Test
	void presencesOnOtherCatalogsPlatformsAreNotThisRulesBusiness() {
		assertEquals(List.of(), findingsOfTheRule(presenceOn("facebook", null)));
	}

	private List<String> findingsOfTheRule(Agency agency) {
		return Validation.validate(agency, registry, RuleSettings.defaults(), Rules.installed()).stream()
				.filter(finding -> finding.ruleId().equals(CATALOG_ID + ".account-named")).map(Finding::message).toList();
	}

	private static Agency presenceOn(String platform, String handle) {
		SocialmapFactory factory = SocialmapFactory.eINSTANCE;
		Presence presence = factory.createPresence();
		presence.setId("our-page");
		presence.setName("Our page");
		presence.setPlatform(platform);
		presence.setHandle(handle);
		ClientCompany client = factory.createClientCompany();
		client.setId("client");
		client.setName("Client");
		client.getPresences().add(presence);
		Agency agency = factory.createAgency();
		agency.setName("Agency");
		agency.getClients().add(client);
		return agency;
	}
}
