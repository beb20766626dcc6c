package org.socialmap.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.catalog.CatalogFiles;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;
import org.socialmap.model.CurationRole;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Presence;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Validation;
import org.socialmap.rules.checks.GatewayRule;
import org.socialmap.rules.checks.IdleAggregatorRule;
import org.socialmap.tests.common.ModelBuilder;

/** The rules that depend on what a platform kind is ask the catalog's traits, never a kind id of their own. */
class CatalogTraitsTest {

	private static final String CATALOG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.example.traits" name="Kinds of our own">
			  <kind id="feed-hub" name="Feed hub" traits="aggregator"/>
			  <kind id="town-square" name="Town square" traits="general-network"/>
			  <kind id="aggregator" name="Called aggregator, declared nothing"/>
			  <platform id="hubbub" name="Hubbub" kinds="feed-hub"/>
			  <platform id="agora" name="Agora" kinds="town-square"/>
			  <platform id="misnamed" name="Misnamed" kinds="aggregator"/>
			</catalog>
			""";

	private final CompliantClient model = new CompliantClient();
	private CatalogRegistry catalogs;

	@BeforeEach
	void readTheCatalog(@TempDir Path workspace) throws IOException {
		Path plugin = workspace.resolve("com.example.traits");
		Files.createDirectories(plugin.resolve("catalog"));
		Files.writeString(plugin.resolve("catalog/traits.xml"), CATALOG);
		catalogs = CatalogFiles.registry(List.of(CatalogSource.inFolder(plugin, "catalog/traits.xml")));
		assertEquals(List.of(), catalogs.problems());
	}

	@Test
	void aPresenceOnAKindDeclaredAggregatorMustAggregateSomething() {
		Presence hub = curatedPresence("hub", "hubbub");
		assertEquals(List.of("Presence 'hub' on Hubbub is on an aggregator but aggregates nothing: "
				+ "add 'aggregates' links to the presences it pulls together."), messages(validate()));

		ModelBuilder.link(model.client, hub, model.flickr, LinkKind.AGGREGATES);
		assertEquals(List.of(), messages(validate()));
	}

	@Test
	void aKindMerelyNamedAggregatorIsNotOne() {
		curatedPresence("misnamed", "misnamed");
		assertEquals(List.of(), messages(validate()));
	}

	@Test
	void theGatewayFixFallsBackOnAPresenceOfAGeneralNetworkKind() {
		EcoreUtil.delete(model.gateway);
		curatedPresence("square", "agora");
		Finding finding = validate().get(0);
		assertEquals("Add a gateway link from 'Bottega website' to 'square' on Agora", finding.fixes().get(0).label());
	}

	private Presence curatedPresence(String id, String platform) {
		Presence presence = model.presence(id, platform);
		ModelBuilder.curation(presence, model.ada, CurationRole.OWNER, 0.5);
		ModelBuilder.curation(presence, model.cy, CurationRole.BACKUP, 0.5);
		return presence;
	}

	private List<Finding> validate() {
		return Validation.validate(model.agency, catalogs, RuleSettings.defaults(),
				new RuleSet(List.of(new IdleAggregatorRule(), new GatewayRule()), List.of()));
	}

	private static List<String> messages(List<Finding> findings) {
		return findings.stream().map(Finding::message).toList();
	}
}
