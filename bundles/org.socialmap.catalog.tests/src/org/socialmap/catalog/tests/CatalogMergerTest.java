package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.CatalogConflict;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.KindTrait;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;
import org.socialmap.catalog.internal.CatalogContribution;
import org.socialmap.catalog.internal.CatalogMerger;
import org.socialmap.catalog.internal.ParsedCatalog;
import org.socialmap.model.OrganisationStructure;

class CatalogMergerTest {

	@Test
	void theHigherPriorityWinsWhateverTheOrderOfContributions() {
		CatalogContribution low = contribution("a.bundle", 0, platform("p", "Low"));
		CatalogContribution high = contribution("z.bundle", 5, platform("p", "High"));
		for (List<CatalogContribution> order : List.of(List.of(low, high), List.of(high, low))) {
			CatalogRegistry registry = new CatalogMerger().merge(order, List.of());
			assertEquals("High", registry.platform("p").orElseThrow().name());
			assertEquals(1, registry.problems().size());
			assertTrue(registry.problems().get(0).message().contains("higher priority wins"));
		}
	}

	@Test
	void onEqualPriorityTheContributorNameDecides() {
		CatalogContribution first = contribution("a.bundle", 0, platform("p", "From a"));
		CatalogContribution second = contribution("b.bundle", 0, platform("p", "From b"));
		CatalogRegistry registry = new CatalogMerger().merge(List.of(second, first), List.of());
		assertEquals("From a", registry.platform("p").orElseThrow().name());
		assertTrue(registry.problems().get(0).message().contains("contributor that sorts first wins"));
		assertEquals("b.bundle", registry.problems().get(0).contributor());
	}

	@Test
	void onEqualPriorityTheBuiltInCatalogKeepsItsIdsEvenAgainstAContributorThatSortsFirst() {
		CatalogContribution builtin = contribution("org.socialmap.catalog.builtin", 0, platform("mastodon", "Mastodon"));
		CatalogContribution agency = contribution("com.agency.catalog", 0, platform("mastodon", "Agency Mastodon"));
		for (List<CatalogContribution> order : List.of(List.of(builtin, agency), List.of(agency, builtin))) {
			CatalogRegistry registry = new CatalogMerger().merge(order, List.of());

			assertEquals("Mastodon", registry.platform("mastodon").orElseThrow().name());
			CatalogProblem warning = registry.problems().get(0);
			assertEquals("com.agency.catalog", warning.contributor(), "filed under the contributor's own file");
			assertTrue(warning.message().endsWith("on equal priority the built-in catalog keeps its ids"), warning.message());
			CatalogConflict conflict = registry.conflicts().get(0);
			assertEquals("org.socialmap.catalog.builtin", conflict.used().contributor());
			assertEquals("com.agency.catalog", conflict.ignored().contributor());
		}
	}

	@Test
	void platformsAreListedByNameAndUndefinedKindsAreReported() {
		CatalogRegistry registry = new CatalogMerger().merge(
				List.of(contribution("a.bundle", 0, platform("z", "alpha", "photo"), platform("a", "Beta"))), List.of());
		assertEquals(List.of("alpha", "Beta"), registry.platforms().stream().map(Platform::name).toList());
		assertTrue(registry.problems().stream().anyMatch(p -> p.message().contains("names kind 'photo'")));
		assertTrue(registry.organisationModels().isEmpty(), "organisation models come from catalogs only");
	}

	@Test
	void organisationModelsFollowTheSameConflictRuleAsPlatforms() {
		CatalogContribution builtin = models("org.socialmap.catalog.builtin", 0,
				model("forrester.centralized", "Centralized", OrganisationStructure.CENTRALIZED));
		CatalogContribution agency = models("org.socialmap.catalog.override", 5,
				model("forrester.centralized", "Agency hub", OrganisationStructure.HUB_AND_SPOKE));
		CatalogContribution tie = models("z.bundle", 0, model("forrester.centralized", "Tie", OrganisationStructure.DISTRIBUTED));

		CatalogRegistry registry = new CatalogMerger().merge(List.of(builtin, agency, tie), List.of());

		OrganisationModel winner = registry.organisationModel("forrester.centralized").orElseThrow();
		assertEquals(OrganisationStructure.HUB_AND_SPOKE, winner.structure());
		assertEquals("Agency hub", winner.name());
		assertEquals(List.of("org.socialmap.catalog.override", "z.bundle"),
				registry.problems().stream().map(problem -> problem.contributor()).toList(),
				"filed under the catalogs that are not the built-in one");
		assertTrue(registry.problems().get(0).message().startsWith("organisation model 'forrester.centralized' "
				+ "replaces the built-in catalog's definition at org.socialmap.catalog.builtin/catalog.xml"),
				registry.problems().get(0).message());
	}

	@Test
	void organisationModelsAreListedCatalogByCatalogInPrecedenceThenFileOrder() {
		CatalogContribution builtin = models("org.socialmap.catalog.builtin", 0,
				model("forrester.distributed", "Distributed", OrganisationStructure.DISTRIBUTED),
				model("altimeter.holistic", "Holistic", OrganisationStructure.HOLISTIC));
		CatalogContribution regional = models("org.socialmap.examples", 0, model("agency-led-hub", "Agency-led hub",
				OrganisationStructure.HUB_AND_SPOKE));
		CatalogContribution house = models("com.agency", 3, model("pods", "Pods", OrganisationStructure.MULTIPLE_HUB_AND_SPOKE));

		CatalogRegistry registry = new CatalogMerger().merge(List.of(regional, builtin, house), List.of());

		assertEquals(List.of("pods", "forrester.distributed", "altimeter.holistic", "agency-led-hub"),
				registry.organisationModels().stream().map(OrganisationModel::id).toList());
	}

	@Test
	void theRegistryAnswersWhetherAPlatformsKindsHaveATrait() {
		PlatformKind hub = new PlatformKind("feed-hub", "Feed hub", null, Set.of(KindTrait.AGGREGATOR), "catalog");
		PlatformKind network = new PlatformKind("network", "Network", null, Set.of(KindTrait.GENERAL_NETWORK), "catalog");
		Platform both = platform("both", "Both", "network", "feed-hub");
		Platform unknownKind = platform("odd", "Odd", "no-such-kind");
		CatalogRegistry registry = new CatalogMerger().merge(List.of(contribution("a.bundle", 0, List.of(hub, network),
				List.of(), both, unknownKind)), List.of());

		assertTrue(registry.primaryKindHas(both, KindTrait.GENERAL_NETWORK));
		assertFalse(registry.primaryKindHas(both, KindTrait.AGGREGATOR));
		assertTrue(registry.anyKindHas(both, KindTrait.AGGREGATOR));
		assertFalse(registry.anyKindHas(unknownKind, KindTrait.AGGREGATOR));
		assertFalse(registry.primaryKindHas(platform("none", "No kind"), KindTrait.AGGREGATOR));
	}

	@Test
	void aKindsTraitsComeWithTheDefinitionThatWins() {
		PlatformKind declared = new PlatformKind("hub", "Hub", null, Set.of(KindTrait.AGGREGATOR), "low");
		PlatformKind plain = new PlatformKind("hub", "Hub", null, "high");
		CatalogRegistry registry = new CatalogMerger().merge(List.of(
				contribution("a.bundle", 0, List.of(declared), List.of()),
				contribution("b.bundle", 1, List.of(plain), List.of())), List.of());
		assertEquals(Set.of(), registry.kind("hub").orElseThrow().traits());
	}

	private static CatalogContribution contribution(String contributor, int priority, Platform... platforms) {
		return contribution(contributor, priority, List.of(), List.of(), platforms);
	}

	private static CatalogContribution models(String contributor, int priority, OrganisationModel... models) {
		return contribution(contributor, priority, List.of(), List.of(models));
	}

	private static CatalogContribution contribution(String contributor, int priority, List<PlatformKind> kinds,
			List<OrganisationModel> models, Platform... platforms) {
		ParsedCatalog catalog = new ParsedCatalog(contributor + ".catalog", contributor, kinds, models, List.of(platforms),
				List.of(), Map.of());
		return new CatalogContribution(contributor, "catalog.xml", priority, catalog);
	}

	private static Platform platform(String id, String name, String... kinds) {
		return new Platform(id, name, List.of(kinds), Set.of(), null, null, PlatformStatus.ACTIVE, null, null, null,
				"catalog");
	}

	private static OrganisationModel model(String id, String name, OrganisationStructure structure) {
		return new OrganisationModel(id, name, structure, null, "catalog");
	}
}
