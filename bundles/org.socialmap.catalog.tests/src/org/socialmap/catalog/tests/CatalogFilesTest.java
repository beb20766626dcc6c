package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.catalog.CatalogFiles;
import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;

/** Catalog registries built from files through the public API, as programs without Eclipse build them. */
class CatalogFilesTest {

	private static final String HOUSE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.example.house" name="House list">
			  <kind id="feed-hub" name="Feed hub" traits="aggregator"/>
			  <platform id="hubbub" name="Hubbub" kinds="feed-hub" icon="icons/hubbub.svg"/>
			  <platform id="sneaky" name="Sneaky" kinds="feed-hub" icon="../secret.svg"/>
			</catalog>
			""";

	@TempDir
	Path workspace;

	@Test
	void aCatalogFolderOnDiskReadsWithItsIconsRelativeToTheFolder() throws IOException, URISyntaxException {
		Path folder = plugin("com.example.house");

		CatalogRegistry registry = CatalogFiles.registry(List.of(CatalogSource.inFolder(folder, "catalog/house.xml")));

		Platform hubbub = registry.platform("hubbub").orElseThrow();
		assertEquals(folder.resolve("icons/hubbub.svg").toUri(), hubbub.icon().toURI());
		CatalogInfo info = registry.catalogs().get(0);
		assertEquals("com.example.house", info.contributor());
		assertEquals("catalog/house.xml", info.file());
		assertEquals(0, info.priority());
	}

	@Test
	void anIconOutsideTheFolderIsRefusedAndTheOthersStillLoad() throws IOException {
		Path folder = plugin("com.example.house");
		Files.writeString(workspace.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

		CatalogRegistry registry = CatalogFiles.registry(List.of(CatalogSource.inFolder(folder, "catalog/house.xml")));

		assertNull(registry.platform("sneaky").orElseThrow().icon());
		assertEquals(List.of("platform 'sneaky': icon '../secret.svg' lies outside " + folder.toUri()
				+ "; the platform loads without its icon"), messages(registry));
	}

	@Test
	void aMissingFileIsAProblemAndTheOtherCatalogsMergeByPriority() throws IOException {
		Path folder = plugin("com.example.house");
		CatalogSource house = new CatalogSource("com.example.house", folder.toUri(), "catalog/house.xml", 2);
		CatalogSource missing = CatalogSource.inFolder(folder, "catalog/missing.xml");

		CatalogRegistry registry = CatalogFiles.registry(List.of(missing, house));

		assertEquals(1, registry.catalogs().size());
		CatalogProblem problem = registry.problems().stream().filter(p -> p.severity() == Severity.ERROR)
				.filter(p -> p.file().equals("catalog/missing.xml")).findFirst().orElseThrow();
		assertEquals("ERROR com.example.house/catalog/missing.xml: the catalog file does not exist; the catalog is skipped",
				problem.toString());
	}

	@Test
	void theBuiltInCatalogReadsFromItsBundleAsFromAFolder() throws URISyntaxException {
		URI root = org.eclipse.core.runtime.Platform.getBundle("org.socialmap.catalog.builtin").getEntry("/").toURI();

		CatalogRegistry registry = CatalogFiles.registry(
				List.of(new CatalogSource("org.socialmap.catalog.builtin", root, "catalog/platforms.xml", 0)));

		assertEquals(List.of(), registry.problems());
		assertEquals(List.of("forrester.distributed", "forrester.centralized", "forrester.cross-functional",
				"altimeter.centralized", "altimeter.distributed", "altimeter.hub-and-spoke",
				"altimeter.multiple-hub-and-spoke", "altimeter.holistic"),
				registry.organisationModels().stream().map(OrganisationModel::id).toList());
		registry.platforms().forEach(platform -> assertNotNull(platform.icon(), platform.id()));
	}

	@Test
	void aComPluginThatRedefinesABuiltInPlatformOnEqualPriorityGetsTheWarningAtItsOwnLine()
			throws IOException, URISyntaxException {
		URI builtinRoot = org.eclipse.core.runtime.Platform.getBundle("org.socialmap.catalog.builtin").getEntry("/").toURI();
		Path agency = workspace.resolve("com.agency.catalog");
		Files.createDirectories(agency.resolve("catalog"));
		Files.writeString(agency.resolve("catalog/agency.xml"), """
				<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.agency.catalog">

				  <platform id="mastodon" name="Our Mastodon"
				      kinds="microblog" url-patern="https://social.example/@{handle}"/>
				</catalog>
				""");

		CatalogRegistry registry = CatalogFiles.registry(List.of(CatalogSource.inFolder(agency, "catalog/agency.xml"),
				new CatalogSource("org.socialmap.catalog.builtin", builtinRoot, "catalog/platforms.xml", 0)));

		assertEquals("org.socialmap.catalog.builtin", registry.platform("mastodon").orElseThrow().catalogId());
		List<String> problems = registry.problems().stream().map(CatalogProblem::toString).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("WARNING com.agency.catalog/catalog/agency.xml:3: <platform> has unknown "
				+ "attribute 'url-patern', ignored"), problems.get(0));
		assertTrue(problems.get(1).startsWith("WARNING com.agency.catalog/catalog/agency.xml:3: platform 'mastodon' is "
				+ "also defined by org.socialmap.catalog.builtin/catalog/platforms.xml:"), problems.get(1));
		assertTrue(problems.get(1).endsWith("whose definition is used: on equal priority the built-in catalog keeps its ids"),
				problems.get(1));
	}

	@Test
	void aRootThatIsNoFolderAddressIsAProgrammingError() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new CatalogSource("x", URI.create("catalogs/"), "house.xml", 0));
		assertTrue(error.getMessage().contains("must be an absolute folder address"), error.getMessage());
	}

	/** A folder laid out as a catalog plug-in: the catalog file and one icon. */
	private Path plugin(String name) throws IOException {
		Path folder = workspace.resolve(name);
		Files.createDirectories(folder.resolve("catalog"));
		Files.createDirectories(folder.resolve("icons"));
		Files.writeString(folder.resolve("catalog/house.xml"), HOUSE);
		Files.writeString(folder.resolve("icons/hubbub.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		return folder;
	}

	private static List<String> messages(CatalogRegistry registry) {
		return registry.problems().stream().map(CatalogProblem::message).toList();
	}
}
