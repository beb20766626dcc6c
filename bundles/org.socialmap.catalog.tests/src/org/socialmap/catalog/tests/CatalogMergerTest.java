package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;
import org.socialmap.catalog.internal.CatalogContribution;
import org.socialmap.catalog.internal.CatalogMerger;
import org.socialmap.catalog.internal.ParsedCatalog;

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
	void platformsAreListedByNameAndUndefinedKindsAreReported() {
		CatalogRegistry registry = new CatalogMerger().merge(
				List.of(contribution("a.bundle", 0, platform("z", "alpha", "photo"), platform("a", "Beta"))), List.of());
		assertEquals(List.of("alpha", "Beta"), registry.platforms().stream().map(Platform::name).toList());
		assertTrue(registry.problems().stream().anyMatch(p -> p.message().contains("names kind 'photo'")));
		assertEquals(8, registry.organisationModels().size(), "the built-in organisation models are always there");
	}

	private static CatalogContribution contribution(String contributor, int priority, Platform... platforms) {
		ParsedCatalog catalog = new ParsedCatalog(contributor + ".catalog", contributor, List.<PlatformKind>of(),
				List.of(), List.of(platforms), List.of());
		return new CatalogContribution(contributor, "catalog.xml", priority, catalog);
	}

	private static Platform platform(String id, String name, String... kinds) {
		return new Platform(id, name, List.of(kinds), Set.of(), null, null, PlatformStatus.ACTIVE, null, null, null,
				"catalog");
	}
}
