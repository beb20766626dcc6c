package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code socialmap catalog check} on plug-in jars and catalog files, merged with the built-in catalog
 * this test runtime installs: every problem on a line of its own with file and line, and the exit code.
 */
class CatalogCheckCommandTest {

	private static final String AGENCY_CATALOG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.agency.catalog" name="Agency">

			  <platform id="mastodon" name="Our Mastodon" kinds="microblog"/>
			  <platform id="agency.radio" name="Radio"
			            kinds="microblog" url-patern="https://radio.example/{handle}"/>
			  <platfrom id="agency.typo"/>
			</catalog>
			""";

	private static final String PLUGIN_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<plugin>
			   <extension point="org.socialmap.catalog.catalogs">
			      <catalog file="catalog/agency.xml"/>
			   </extension>
			</plugin>
			""";

	@TempDir
	Path folder;

	@Test
	void aComPluginJarGetsEveryProblemAtItsLineAndExitsWithOne() throws IOException {
		Path jar = jar("com.agency.catalog", Map.of("plugin.xml", PLUGIN_XML, "catalog/agency.xml", AGENCY_CATALOG));

		CliRun run = CliRun.of("catalog", "check", jar.toString());

		assertEquals(1, run.exitCode(), run::toString);
		assertEquals("", run.err(), run::toString);
		String in = "  " + jar + "!/catalog/agency.xml:";
		List<String> lines = run.out().lines().toList();
		assertEquals(jar + " (plug-in com.agency.catalog): 1 catalog checked, 0 errors, 3 warnings", lines.get(0));
		assertTrue(lines.get(1).startsWith(in + "4: warning: platform 'mastodon' is also defined by "
				+ "org.socialmap.catalog.builtin/catalog/platforms.xml:"), run::toString);
		assertTrue(lines.get(1).endsWith("on equal priority the built-in catalog keeps its ids"), run::toString);
		assertTrue(lines.get(2).startsWith(in + "5: warning: <platform> has unknown attribute 'url-patern', ignored"),
				run::toString);
		assertEquals(in + "7: warning: unknown element <platfrom> ignored", lines.get(3));
		assertEquals(4, lines.size(), run::toString);
	}

	@Test
	void aMisspeltExtensionPointIsAnErrorOfPluginXml() throws IOException {
		Path jar = jar("com.agency.catalog", Map.of("plugin.xml",
				PLUGIN_XML.replace("org.socialmap.catalog.catalogs", "org.socialmap.catalogs"),
				"catalog/agency.xml", AGENCY_CATALOG));

		CliRun run = CliRun.of("catalog", "check", jar.toString());

		assertEquals(1, run.exitCode(), run::toString);
		assertEquals(List.of(jar + " (plug-in com.agency.catalog): 0 catalogs checked, 1 error, 0 warnings",
				"  " + jar + "!/plugin.xml:3: error: extension point 'org.socialmap.catalogs' is not "
						+ "org.socialmap.catalog.catalogs, so Socialmap never reads the catalogs under it"),
				run.out().lines().toList());
	}

	@Test
	void whatEclipseWouldSkipSilentlyInAJarIsSaid() throws IOException {
		Path noPluginXml = jar("com.agency.none", Map.of("catalog/agency.xml", AGENCY_CATALOG));
		Path badContributions = jar("com.agency.bad", Map.of("plugin.xml", PLUGIN_XML.replace(
				"<catalog file=\"catalog/agency.xml\"/>",
				"<catalog/>\n      <catalog file=\"catalog/agency.xml\" priority=\"high\"/>\n"
						+ "      <catalog file=\"catalog/missing.xml\"/>")));

		CliRun run = CliRun.of("catalog", "check", noPluginXml.toString(), badContributions.toString());

		assertEquals(1, run.exitCode(), run::toString);
		assertEquals(List.of(
				noPluginXml + " (plug-in com.agency.none): 0 catalogs checked, 1 error, 0 warnings",
				"  " + noPluginXml + "!/plugin.xml: error: there is no plugin.xml (nor fragment.xml), so the plug-in "
						+ "contributes no catalog",
				badContributions + " (plug-in com.agency.bad): 1 catalog checked, 3 errors, 0 warnings",
				"  " + badContributions + "!/catalog/missing.xml: error: the catalog file does not exist; the catalog is "
						+ "skipped",
				"  " + badContributions + "!/plugin.xml:4: error: a <catalog> names no file; Socialmap skips it",
				"  " + badContributions + "!/plugin.xml:5: error: priority 'high' of catalog/agency.xml is not a whole "
						+ "number; Socialmap skips that catalog"),
				run.out().lines().toList());
	}

	@Test
	void aCleanCatalogFileExitsWithZero() throws IOException {
		Path file = Files.writeString(folder.resolve("house.xml"), """
				<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.agency.house">
				  <platform id="agency.radio" name="Radio" kinds="microblog"/>
				</catalog>
				""");

		CliRun run = CliRun.of("catalog", "check", file.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(file + ": 1 catalog checked, no problems\n", run.out());
	}

	@Test
	void theCatalogsSocialmapShipsPassInTheirPluginFolders() {
		CliRun run = CliRun.of("catalog", "check", "../org.socialmap.catalog.builtin/catalog/platforms.xml",
				"../../examples/org.socialmap.examples.catalog.regional/catalog/regional.xml");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(List.of(
				"../org.socialmap.catalog.builtin/catalog/platforms.xml (plug-in org.socialmap.catalog.builtin): "
						+ "1 catalog checked, no problems",
				"../../examples/org.socialmap.examples.catalog.regional/catalog/regional.xml "
						+ "(plug-in org.socialmap.examples.catalog.regional): 1 catalog checked, no problems"),
				run.out().lines().toList());
	}

	@Test
	void anInputThatCannotBeReadExitsWithTwoAndTheOthersAreStillChecked() throws IOException {
		Path notAJar = Files.writeString(folder.resolve("broken.jar"), "not a zip");
		Path clean = Files.writeString(folder.resolve("house.xml"),
				"<catalog xmlns=\"http://www.socialmap.org/catalog/1.0\" id=\"house\"/>");

		CliRun run = CliRun.of("catalog", "check", folder.resolve("missing.xml").toString(), notAJar.toString(),
				clean.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("socialmap: " + folder.resolve("missing.xml") + ": does not exist\nsocialmap: " + notAJar
				+ ": is not a jar (zip) file\n", run.err());
		assertEquals(clean + ": 1 catalog checked, no problems\n", run.out());
	}

	@Test
	void jsonGivesEachProblemWithFileAndLine() throws IOException {
		Path jar = jar("com.agency.catalog", Map.of("plugin.xml", PLUGIN_XML, "catalog/agency.xml", AGENCY_CATALOG));

		CliRun run = CliRun.of("catalog", "check", "--format", "json", jar.toString());

		assertEquals(1, run.exitCode(), run::toString);
		String file = jar + "!/catalog/agency.xml";
		String json = run.out();
		assertTrue(json.startsWith("""
				{
				  "formatVersion": 1,
				  "inputs": [
				    {
				      "input": "%s",
				      "readable": true,
				      "plugin": "com.agency.catalog",
				      "catalogs": [
				        "%s"
				      ],
				      "problems": [
				        {
				          "severity": "warning",
				          "file": "%s",
				          "line": 4,
				          "message": "platform 'mastodon' is also defined by org.socialmap.catalog.builtin/catalog/platforms.xml:\
				""".formatted(jar, file, file)), json);
		assertTrue(json.contains("""
				          "line": 7,
				          "message": "unknown element <platfrom> ignored"
				        }
				      ]
				    }
				  ],
				  "exitCode": 1
				}
				"""), json);
	}

	private Path jar(String symbolicName, Map<String, String> entries) throws IOException {
		return TestJar.bundle(folder.resolve(symbolicName + "_1.0.0.jar"), symbolicName, entries);
	}
}
