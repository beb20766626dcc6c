package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.Capability;
import org.socialmap.catalog.KindTrait;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;
import org.socialmap.catalog.internal.CatalogFormatException;
import org.socialmap.catalog.internal.CatalogParser;
import org.socialmap.catalog.internal.IconResolver.InvalidIconException;
import org.socialmap.catalog.internal.ParsedCatalog;
import org.socialmap.model.OrganisationStructure;

class CatalogParserTest {

	@Test
	void readsEveryAttributeOfAPlatform() throws Exception {
		ParsedCatalog catalog = parse("""
				<platform id="friendfeed" name="FriendFeed" kinds="aggregator social-network"
				    capabilities="aggregation real-time" url-pattern="https://friendfeed.com/{handle}"
				    icon="icons/friendfeed.svg" status="closed" launched="2007-10" closed="2015-04-09"
				    description="Aggregated feeds."/>
				""");
		Platform platform = catalog.platforms().get(0);
		assertEquals("FriendFeed", platform.name());
		assertEquals(List.of("aggregator", "social-network"), platform.kinds());
		assertEquals(Set.of(Capability.AGGREGATION, Capability.REAL_TIME), platform.capabilities());
		assertEquals(PlatformStatus.CLOSED, platform.status());
		assertEquals("2015-04-09", platform.closed());
		assertEquals("https://friendfeed.com/acme", platform.profileUrl(" acme ").orElseThrow());
		assertEquals("file:/catalog-root/icons/friendfeed.svg", platform.icon().toString());
		assertEquals("test", platform.catalogId());
		assertEquals(List.of(), catalog.problems());
	}

	@Test
	void anUnknownCapabilityIsIgnoredWithAWarning() throws Exception {
		ParsedCatalog catalog = parse("<platform id=\"p\" capabilities=\"photo telepathy\"/>");
		assertEquals(Set.of(Capability.PHOTO), catalog.platforms().get(0).capabilities());
		assertTrue(catalog.problems().get(0).message().contains("unknown capability 'telepathy'"));
	}

	@Test
	void aKindDeclaresItsTraitsAndAnUnknownOneIsIgnoredWithAWarning() throws Exception {
		ParsedCatalog catalog = parse("""
				<kind id="feed-hub" name="Feed hub" traits="aggregator telepathic general-network"/>
				<kind id="photo"/>
				""");
		PlatformKind hub = catalog.kinds().get(0);
		assertEquals(Set.of(KindTrait.AGGREGATOR, KindTrait.GENERAL_NETWORK), hub.traits());
		assertEquals(Set.of(), catalog.kinds().get(1).traits());
		assertEquals(1, catalog.problems().size(), catalog.problems().toString());
		assertTrue(catalog.problems().get(0).message().contains("kind 'feed-hub': unknown trait 'telepathic' ignored"),
				catalog.problems().toString());
	}

	@Test
	void anOrganisationModelIsReadAndOneWithAnUnknownStructureIsSkipped() throws Exception {
		ParsedCatalog catalog = parse("""
				<organisation-model id="pods" name="Pods" structure="multiple-hub-and-spoke" description="Small pods."/>
				<organisation-model id="anarchy" structure="none-at-all"/>
				""");
		assertEquals(List.of(new OrganisationModel("pods", "Pods", OrganisationStructure.MULTIPLE_HUB_AND_SPOKE,
				"Small pods.", "test")), catalog.organisationModels());
		assertTrue(catalog.problems().get(0).message().contains("organisation model 'anarchy' has structure 'none-at-all'"),
				catalog.problems().toString());
	}

	@Test
	void aBadIconLeavesThePlatformWithoutOne() throws Exception {
		ParsedCatalog catalog = new CatalogParser("bundle", "catalog.xml", path -> {
			throw new InvalidIconException("is not an SVG image");
		}).parse(stream(wrap("<platform id=\"p\" icon=\"icons/p.svg\"/>")));
		assertEquals(null, catalog.platforms().get(0).icon());
		assertTrue(catalog.problems().get(0).message().contains("icon 'icons/p.svg' is not an SVG image"));
	}

	@Test
	void anEntityBombIsRefusedBeforeItExpands() {
		String bomb = """
				<?xml version="1.0"?>
				<!DOCTYPE catalog [
				  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
				  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
				  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
				  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
				]>
				<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="bomb" name="&d;&d;&d;&d;&d;"/>
				""";
		CatalogFormatException error = assertThrows(CatalogFormatException.class,
				() -> new CatalogParser("bundle", "bomb.xml", path -> null).parse(stream(bomb)));
		assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
	}

	@Test
	void aTruncatedFileFailsWhole() {
		String text = wrap("<platform id=\"p\"/>");
		CatalogFormatException error = assertThrows(CatalogFormatException.class,
				() -> new CatalogParser("bundle", "cut.xml", path -> null).parse(stream(text.substring(0, text.length() - 8))));
		assertTrue(error.getMessage().contains("not a well-formed catalog"), error.getMessage());
	}

	@Test
	void aCatalogWithoutAnIdFailsWhole() {
		String text = "<catalog xmlns=\"http://www.socialmap.org/catalog/1.0\" name=\"No id\"/>";
		assertThrows(CatalogFormatException.class, () -> new CatalogParser("bundle", "x.xml", path -> null).parse(stream(text)));
	}

	private static ParsedCatalog parse(String elements) throws CatalogFormatException {
		return new CatalogParser("bundle", "catalog.xml", CatalogParserTest::iconUrl).parse(stream(wrap(elements)));
	}

	private static URL iconUrl(String path) {
		try {
			return URI.create("file:/catalog-root/" + path).toURL();
		} catch (MalformedURLException e) {
			throw new AssertionError(e);
		}
	}

	private static String wrap(String elements) {
		return "<catalog xmlns=\"http://www.socialmap.org/catalog/1.0\" id=\"test\" name=\"Test\">" + elements
				+ "</catalog>";
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
