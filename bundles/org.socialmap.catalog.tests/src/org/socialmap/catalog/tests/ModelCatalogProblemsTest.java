package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.catalog.CatalogFiles;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;
import org.socialmap.catalog.ModelCatalogProblems;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.tests.common.ModelBuilder;

/** Which catalog problems a model's validation shows: only those about what the model uses. */
class ModelCatalogProblemsTest {

	private static final String AGENCY_CATALOG = """
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.agency.catalog">
			  <platform id="mastodon" name="Our Mastodon" kinds="microblog"/>
			  <platform id="youtube" name="Our YouTube" kinds="video"/>
			  <platform id="agency.radio" name="Radio" kinds="microblog" kind="audio"/>
			</catalog>
			""";

	@TempDir
	Path workspace;

	private CatalogRegistry catalogs;
	private ClientCompany client;

	@BeforeEach
	void installTheBuiltInCatalogABrokenOneAndAComPlugin() throws IOException, URISyntaxException {
		Path agency = workspace.resolve("com.agency.catalog");
		Files.createDirectories(agency.resolve("catalog"));
		Files.writeString(agency.resolve("catalog/agency.xml"), AGENCY_CATALOG);
		catalogs = CatalogFiles.registry(List.of(
				CatalogSource.inFolder(agency, "catalog/agency.xml"),
				CatalogSource.inFolder(agency, "catalog/missing.xml"),
				new CatalogSource("org.socialmap.catalog.builtin",
						org.eclipse.core.runtime.Platform.getBundle("org.socialmap.catalog.builtin").getEntry("/").toURI(),
						"catalog/platforms.xml", 0)));
		client = ModelBuilder.client("acme", "Acme");
	}

	@Test
	void aConflictOverAPlatformTheModelUsesIsShownAndOneOverAnotherIsNot() {
		ModelBuilder.presence(client, "toots", "mastodon");

		assertEquals(List.of("com.agency.catalog/catalog/agency.xml:2: platform 'mastodon' is also defined by "
				+ "org.socialmap.catalog.builtin/catalog/platforms.xml:" + builtinLine("mastodon")
				+ " (priority 0), whose definition is used: on equal priority the built-in catalog keeps its ids"
				+ " (the model uses platform 'mastodon')"), shown());
	}

	@Test
	void theProblemsOfTheCatalogThatDefinesAUsedPlatformAreShown() {
		ModelBuilder.presence(client, "radio", "agency.radio");

		assertEquals(List.of("com.agency.catalog/catalog/agency.xml:4: <platform> has unknown attribute 'kind', "
				+ "ignored; it may have [capabilities, closed, description, icon, id, kinds, launched, name, status, "
				+ "url-pattern] (the model uses platform 'agency.radio' of this catalog)"), shown());
	}

	@Test
	void aCatalogSkippedWholeIsShownWhenTheModelUsesAnIdNoCatalogDefines() {
		ModelBuilder.presence(client, "blog", "facebook");
		assertEquals(List.of(), shown());

		ModelBuilder.presence(client, "pods", "agency.pods");
		assertEquals(List.of("com.agency.catalog/catalog/missing.xml: the catalog file does not exist; the catalog is "
				+ "skipped (the model uses platform 'agency.pods', which no installed catalog defines)"), shown());
	}

	private List<String> shown() {
		return ModelCatalogProblems.of((Agency) client.eContainer(), catalogs).stream()
				.map(touching -> touching.problem().where() + ": " + touching.problem().message() + " ("
						+ touching.reason() + ")")
				.toList();
	}

	private int builtinLine(String platformId) {
		return catalogs.conflicts().stream().filter(conflict -> conflict.id().equals(platformId)).findFirst()
				.orElseThrow().used().line();
	}
}
