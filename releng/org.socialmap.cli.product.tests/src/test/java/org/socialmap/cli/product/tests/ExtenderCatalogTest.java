package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.cli.product.tests.CatalogListTest.byId;
import static org.socialmap.cli.product.tests.CatalogListTest.line;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A copy of the installation with an agency's plug-in added: one catalog that overrides a built-in
 * platform, and one contribution whose file is missing. The listing shows both problems and exits with 1.
 */
class ExtenderCatalogTest {

	private static final String BUNDLE = "org.example.agency.catalog";

	private static final String PLUGIN_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<?eclipse version="3.4"?>
			<plugin>
			   <extension point="org.socialmap.catalog.catalogs">
			      <catalog file="catalog/house.xml" priority="10"/>
			      <catalog file="catalog/missing.xml"/>
			   </extension>
			</plugin>
			""";

	private static final String HOUSE_CATALOG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="org.example.agency" name="Agency house list">
			  <platform id="friendfeed" name="FriendFeed (agency archive)" kinds="aggregator" capabilities="aggregation"
			            status="closed" closed="2015-04-09"/>
			  <organisation-model id="agency.pods" name="Pods" structure="multiple-hub-and-spoke"
			                      description="Small pods per product line."/>
			</catalog>
			""";

	@TempDir
	static Path cache;

	@TempDir
	static Path copies;

	private static SocialmapScript socialmap;

	@BeforeAll
	static void installAnAgencyPlugin() throws IOException {
		Path original = SocialmapScript.installed(cache).installation();
		Path installation = copies.resolve("socialmap-cli");
		copy(original, installation);
		Path jar = installation.resolve("plugins/" + BUNDLE + "_1.0.0.jar");
		writeBundle(jar);
		Files.writeString(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"),
				BUNDLE + ",1.0.0,plugins/" + jar.getFileName() + ",4,false\n", StandardOpenOption.APPEND);
		socialmap = SocialmapScript.at(installation.resolve("socialmap"), cache);
	}

	@Test
	void textListsTheOverrideAndBothProblems() throws Exception {
		Result result = socialmap.run("catalog", "list");

		assertEquals(1, result.exitCode(), result::toString);
		assertEquals("", result.err());
		String out = result.out();
		assertTrue(out.startsWith("Catalogs (2)\n"), out);
		assertTrue(out.contains("  org.example.agency: Agency house list\n    from " + BUNDLE
				+ "/catalog/house.xml, priority 10\n"), out);
		assertTrue(line(out, "  friendfeed ").contains(" FriendFeed (agency archive) "), out);
		assertTrue(line(out, "  agency.pods ").endsWith(" org.example.agency"), out);
		assertTrue(out.contains("\nProblems (2)\n"), out);
		assertTrue(line(out, "  error " + BUNDLE + "/catalog/missing.xml: ").contains("does not exist"), out);
		assertTrue(line(out, "  warning org.socialmap.catalog.builtin/catalog/platforms.xml: ")
				.contains("platform 'friendfeed' is also defined by " + BUNDLE + "/catalog/house.xml"), out);
	}

	@Test
	void jsonListsTheProblemsWithTheirSeverity() throws Exception {
		Result result = socialmap.run("catalog", "list", "--format", "json");

		assertEquals(1, result.exitCode(), result::toString);
		JsonObject listing = JsonParser.parseString(result.out()).getAsJsonObject();
		JsonArray problems = listing.getAsJsonArray("problems");
		CatalogListTest.assertMembers(problems, CatalogListTest.PROBLEM_MEMBERS);
		assertEquals(List.of("error", "warning"),
				problems.asList().stream().map(problem -> problem.getAsJsonObject().get("severity").getAsString())
						.sorted().toList());
		JsonObject pods = byId(listing.getAsJsonArray("organisationModels"), "agency.pods");
		assertFalse(pods.get("builtIn").getAsBoolean());
		assertEquals("org.example.agency", pods.get("source").getAsString());
		JsonElement friendfeedCatalog = byId(listing.getAsJsonArray("platforms"), "friendfeed").get("catalog");
		assertEquals("org.example.agency", friendfeedCatalog.getAsString());
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static void writeBundle(Path jar) throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", BUNDLE + ";singleton:=true");
		attributes.putValue("Bundle-Version", "1.0.0");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream bundle = new JarOutputStream(out, manifest)) {
			entry(bundle, "plugin.xml", PLUGIN_XML);
			entry(bundle, "catalog/house.xml", HOUSE_CATALOG);
		}
	}

	private static void entry(JarOutputStream bundle, String name, String content) throws IOException {
		bundle.putNextEntry(new JarEntry(name));
		bundle.write(content.getBytes(StandardCharsets.UTF_8));
		bundle.closeEntry();
	}
}
