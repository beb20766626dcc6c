package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.KindTrait;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.model.OrganisationStructure;

/** The registry of a running Equinox: the built-in catalog plus this bundle's deliberately awkward contributions. */
class InstalledCatalogsTest {

	private static final String TESTS = "org.socialmap.catalog.tests";
	private static final String BUILTIN = "org.socialmap.catalog.builtin";
	private final CatalogRegistry registry = Catalogs.registry();

	@Test
	void theBuiltInCatalogBringsTheArticlesPlatformsAndTodays() {
		for (String id : List.of("facebook", "twitter", "youtube", "vimeo", "dailymotion", "flickr", "fotolog",
				"photobucket", "anobii", "friendfeed", "instagram", "linkedin", "tiktok", "threads", "bluesky",
				"mastodon", "pinterest", "reddit", "twitch", "snapchat", "tumblr", "telegram", "whatsapp", "discord",
				"medium", "substack", "google-business-profile", "google-plus", "vine")) {
			assertTrue(registry.platform(id).isPresent(), id);
		}
		long builtin = registry.platforms().stream().filter(p -> p.catalogId().equals(BUILTIN))
				.count();
		assertTrue(builtin >= 30, "built-in platforms: " + builtin);
	}

	@Test
	void closedPlatformsAreMarkedClosedWithTheirDate() {
		for (String id : List.of("friendfeed", "fotolog", "google-plus", "vine")) {
			Platform platform = registry.platform(id).orElseThrow();
			assertTrue(platform.isClosed(), id);
			assertNotNull(platform.closed(), id);
		}
		assertFalse(registry.platform("youtube").orElseThrow().isClosed());
	}

	@Test
	void everyBuiltInPlatformHasAnIconThatOpens() throws IOException {
		for (Platform platform : registry.platforms()) {
			if (platform.catalogId().equals(BUILTIN)) {
				URL icon = platform.icon();
				assertNotNull(icon, platform.id());
				try (InputStream in = icon.openStream()) {
					assertTrue(new String(in.readAllBytes()).contains("<svg"), platform.id());
				}
			}
		}
	}

	@Test
	void aHigherPriorityCatalogWinsAConflictWithAWarning() {
		assertEquals("Facebook (agency house definition)", registry.platform("facebook").orElseThrow().name());
		assertProblem(Severity.WARNING, TESTS, "platform 'facebook' replaces the built-in catalog's definition at "
				+ BUILTIN + "/catalog/platforms.xml:");
	}

	@Test
	void onEqualPriorityTheBuiltInCatalogKeepsItsIds() {
		assertEquals(BUILTIN, registry.platform("youtube").orElseThrow().catalogId());
		assertProblem(Severity.WARNING, TESTS, "same-priority.xml:3: platform 'youtube' is also defined by "
				+ BUILTIN + "/catalog/platforms.xml:");
		assertProblem(Severity.WARNING, TESTS, "on equal priority the built-in catalog keeps its ids");
	}

	@Test
	void organisationModelsAreCatalogDataThatMergesLikePlatforms() {
		OrganisationModel centralized = registry.organisationModel("forrester.centralized").orElseThrow();
		assertEquals(OrganisationStructure.CENTRALIZED, centralized.structure());
		assertEquals(BUILTIN, centralized.catalogId());
		assertProblem(Severity.WARNING, TESTS, "organisation model 'forrester.centralized' is also defined by " + BUILTIN);

		assertEquals("Holistic (agency wording)", registry.organisationModel("altimeter.holistic").orElseThrow().name());
		assertProblem(Severity.WARNING, TESTS, "organisation model 'altimeter.holistic' replaces the built-in catalog's");

		assertEquals(OrganisationStructure.MULTIPLE_HUB_AND_SPOKE,
				registry.organisationModel("test.pods").orElseThrow().structure());
		assertEquals(List.of("altimeter.holistic", "test.pods", "forrester.distributed", "forrester.centralized",
				"forrester.cross-functional", "altimeter.centralized", "altimeter.distributed", "altimeter.hub-and-spoke",
				"altimeter.multiple-hub-and-spoke"), registry.organisationModels().stream().map(OrganisationModel::id).toList(),
				"the priority-10 catalog's first, then the built-in catalog's in file order");
	}

	@Test
	void theBuiltInKindsDeclareTheTraitsTheRulesAskFor() {
		assertEquals(Set.of(KindTrait.AGGREGATOR), registry.kind("aggregator").orElseThrow().traits());
		assertEquals(Set.of(KindTrait.GENERAL_NETWORK), registry.kind("social-network").orElseThrow().traits());
		assertTrue(registry.primaryKindHas(registry.platform("friendfeed").orElseThrow(), KindTrait.AGGREGATOR));
		Platform anobii = registry.platform("anobii").orElseThrow();
		assertFalse(registry.primaryKindHas(anobii, KindTrait.GENERAL_NETWORK), "its primary kind is bookmarking");
		assertTrue(registry.anyKindHas(anobii, KindTrait.GENERAL_NETWORK));
	}

	@Test
	void aBrokenCatalogFileIsReportedAndSkippedWhileTheOthersLoad() {
		assertProblem(Severity.ERROR, TESTS, "not-xml.xml:1: not a well-formed catalog");
		assertProblem(Severity.ERROR, TESTS, "doctype.xml:2: declares a DOCTYPE");
		assertProblem(Severity.ERROR, TESTS, "does-not-exist.xml: the catalog file does not exist");
		assertProblem(Severity.ERROR, TESTS, "priority 'high' is not a whole number");
		assertProblem(Severity.ERROR, TESTS, "not-a-catalog.xml:1: not a Socialmap catalog: the root element is <plugin> without a namespace");
		assertTrue(registry.catalogs().stream().noneMatch(catalog -> catalog.file().contains("not-xml")));
		assertEquals(4, registry.catalogs().size(), registry.catalogs().toString());
	}

	@Test
	void aBadIconIsReportedAndThePlatformLoadsWithoutIt() {
		assertNotNull(registry.platform("test.good-icon").orElseThrow().icon());
		for (String id : List.of("test.missing-icon", "test.not-svg", "test.fake-png")) {
			assertNull(registry.platform(id).orElseThrow().icon(), id);
		}
		assertProblem(Severity.ERROR, TESTS, "icon 'icons/missing.svg' does not exist");
		assertProblem(Severity.ERROR, TESTS, "icon 'icons/not-svg.svg' is not an SVG image");
		assertProblem(Severity.ERROR, TESTS, "icon 'icons/fake.png' is not a PNG image");
	}

	@Test
	void badElementsAreSkippedOneByOne() {
		assertEquals("Good icon", registry.platform("test.good-icon").orElseThrow().name());
		assertProblem(Severity.ERROR, TESTS, "<platform id='test.good-icon'> appears twice in this file");
		assertProblem(Severity.ERROR, TESTS, "<platform> has no valid id");
		assertTrue(registry.platform("test.local-radio").isEmpty(), "a platform with an unknown status is skipped");
		assertProblem(Severity.ERROR, TESTS, "status 'retired' is neither active nor closed");
		assertProblem(Severity.WARNING, TESTS, "launched 'last year' is not yyyy");
		assertTrue(registry.kind("audio-network").isPresent());
	}

	private void assertProblem(Severity severity, String contributor, String text) {
		List<CatalogProblem> problems = registry.problems();
		assertTrue(problems.stream().anyMatch(problem -> problem.severity() == severity
				&& problem.contributor().equals(contributor) && problem.toString().contains(text)),
				"no " + severity + " from " + contributor + " containing \"" + text + "\" in\n" + problems);
	}
}
