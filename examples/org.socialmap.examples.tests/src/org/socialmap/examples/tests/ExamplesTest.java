package org.socialmap.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Affinity;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.OrganisationStructure;
import org.socialmap.model.Presence;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;

/** The shipped examples, as a user installing the SDK gets them: the example models and the extender plug-in. */
class ExamplesTest {

	private final CatalogRegistry registry = Catalogs.registry();

	@TempDir
	Path folder;

	@Test
	void theRegistryMergesTheBuiltInAndTheExtendersCatalogsWithoutProblems() {
		assertEquals(List.of(), registry.problems().stream().map(CatalogProblem::toString).toList());
		for (String id : List.of("vk", "weibo", "wechat", "xing", "line", "kakaotalk")) {
			assertEquals("org.socialmap.examples.catalog.regional", registry.platform(id).orElseThrow().catalogId(), id);
		}
		assertTrue(registry.platform("facebook").isPresent());
		assertTrue(registry.kind("super-app").isPresent());
		assertEquals(OrganisationStructure.HUB_AND_SPOKE,
				registry.organisationModel("agency-led-hub").orElseThrow().structure());
	}

	@Test
	void everyExampleModelLoadsWithEveryPlatformKindAndModelResolved() throws IOException {
		List<Path> models = exampleModels();
		assertFalse(models.isEmpty());
		for (Path file : models) {
			Agency agency = SocialmapFiles.load(file);
			List<String> unresolved = new ArrayList<>();
			for (ClientCompany client : agency.getClients()) {
				if (registry.organisationModel(client.getOrganisationModel()).isEmpty()) {
					unresolved.add("organisation model " + client.getOrganisationModel());
				}
				for (Presence presence : client.getPresences()) {
					if (registry.platform(presence.getPlatform()).isEmpty()) {
						unresolved.add("platform " + presence.getPlatform());
					}
				}
				client.getTeams().forEach(team -> team.getMembers().forEach(member -> unresolvedAffinities(member, unresolved)));
			}
			assertEquals(List.of(), unresolved, file.toString());
		}
	}

	@Test
	void theArticlesMapHasItsGatewayAndItsTwoAggregators() throws IOException {
		Agency agency = SocialmapFiles.load(copy("models/social-media-in-azienda.socialmap"));
		ClientCompany client = agency.getClients().get(0);
		assertTrue(client.getLinks().stream().anyMatch(link -> link.getKind() == LinkKind.GATEWAY
				&& link.getSource() == client.getWebsites().get(0)
				&& ((Presence) link.getTarget()).getPlatform().equals("facebook")));
		List<String> aggregators = client.getLinks().stream().filter(link -> link.getKind() == LinkKind.AGGREGATES)
				.map(link -> ((Presence) link.getSource()).getPlatform()).distinct().sorted().toList();
		assertEquals(List.of("facebook", "friendfeed"), aggregators);
	}

	@Test
	void theExamplesAreWrittenAsSocialmapWritesThem() throws IOException {
		for (Path file : exampleModels()) {
			Agency agency = SocialmapFiles.load(file);
			Path resaved = folder.resolve("resaved-" + file.getFileName());
			agency.eResource().setURI(SocialmapFiles.fileUri(resaved));
			agency.eResource().save(null);
			assertEquals(Files.readString(file), Files.readString(resaved), file.toString());
		}
	}

	@Test
	void theExtendersRuleRunsBesideTheBuiltInOnes() throws IOException {
		Agency agency = SocialmapFiles.load(copy("models/regional-export.socialmap"));
		List<Finding> findings = Validation.validate(agency, registry, RuleSettings.defaults(), Rules.installed());
		List<String> nativeCurator = findings.stream()
				.filter(f -> f.ruleId().equals("org.socialmap.examples.catalog.regional.native-curator"))
				.map(Finding::message).toList();
		assertEquals(2, nativeCurator.size(), nativeCurator.toString());
		assertTrue(nativeCurator.get(0).contains("'XING company page' on XING has no curator with a strong affinity for XING"), nativeCurator.get(0));
		assertTrue(nativeCurator.get(1).contains("on WeChat"), nativeCurator.get(1));
	}

	private void unresolvedAffinities(Member member, List<String> unresolved) {
		for (Affinity affinity : member.getAffinities()) {
			if (affinity.getPlatform() != null && registry.platform(affinity.getPlatform()).isEmpty()) {
				unresolved.add("affinity platform " + affinity.getPlatform());
			}
			if (affinity.getPlatformKind() != null && registry.kind(affinity.getPlatformKind()).isEmpty()) {
				unresolved.add("affinity kind " + affinity.getPlatformKind());
			}
		}
	}

	private List<Path> exampleModels() throws IOException {
		Bundle examples = Platform.getBundle("org.socialmap.examples");
		List<Path> files = new ArrayList<>();
		for (URL entry : Collections.list(examples.findEntries("models", "*.socialmap", false))) {
			files.add(copy(entry));
		}
		return files;
	}

	private Path copy(String path) throws IOException {
		return copy(Platform.getBundle("org.socialmap.examples").getEntry(path));
	}

	private Path copy(URL entry) throws IOException {
		Path file = folder.resolve(Path.of(entry.getPath()).getFileName());
		try (InputStream in = entry.openStream()) {
			Files.copy(in, file);
		}
		return file;
	}
}
