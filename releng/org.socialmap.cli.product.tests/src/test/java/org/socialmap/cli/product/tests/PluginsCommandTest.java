package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.cli.product.tests.CatalogListTest.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/**
 * {@code socialmap plugins add|list|remove} on the built product, with a plug-in folder of the test's
 * own: the example extender plug-in's catalog and rule work once it is added and are gone once it is
 * removed; what cannot work is refused with the reason and leaves the folder as it was.
 */
class PluginsCommandTest {

	private static final String EXAMPLE = "org.socialmap.examples.catalog.regional";
	private static final String REGIONAL_MODEL = "../../examples/org.socialmap.examples/models/regional-export.socialmap";

	@TempDir
	Path cache;

	@TempDir
	Path work;

	private Path plugins;
	private SocialmapScript socialmap;

	@BeforeEach
	void aPluginFolderOfItsOwn() {
		plugins = work.resolve("plugins");
		socialmap = SocialmapScript.installed(cache).with("SOCIALMAP_PLUGINS", plugins.toString());
	}

	@Test
	void theExamplePluginsPlatformsAndRuleWorkOnceAddedAndAreGoneOnceRemoved() throws Exception {
		assertFalse(socialmap.run("catalog", "list").out().contains("  vk "), "VK comes with the plug-in only");

		Result add = socialmap.run("plugins", "add", examplePlugin().toString());

		assertEquals(0, add.exitCode(), add::toString);
		assertEquals("", add.err());
		assertTrue(add.out().startsWith("installed " + EXAMPLE + " 1.0.0."), add::toString);
		Result catalogs = socialmap.run("catalog", "list");
		assertEquals("", catalogs.err());
		assertTrue(line(catalogs.out(), "  vk ").contains(" VK "), catalogs::toString);
		Result validate = socialmap.run("validate", REGIONAL_MODEL);
		assertTrue(validate.out().contains(" " + EXAMPLE + ".native-curator: "), validate::toString);
		Result list = socialmap.run("plugins", "list");
		assertEquals(0, list.exitCode(), list::toString);
		String row = line(list.out(), "  " + EXAMPLE + " ");
		assertTrue(row.contains(" " + plugins.resolve(EXAMPLE + "_") ) && row.endsWith(" resolved"), list::toString);

		Result remove = socialmap.run("plugins", "remove", EXAMPLE);

		assertEquals(0, remove.exitCode(), remove::toString);
		assertEquals(List.of(), jarsIn(plugins));
		assertFalse(socialmap.run("catalog", "list").out().contains("  vk "), "the plug-in is gone");
		assertEquals("Plug-ins in " + plugins + " (0)\n", socialmap.run("plugins", "list").out());
	}

	@Test
	void anAddedPluginSurvivesANewInstallation() throws Exception {
		socialmap.run("plugins", "add", examplePlugin().toString());
		Path updated = work.resolve("updated/socialmap-cli");
		copy(socialmap.installation(), updated);

		Result catalogs = SocialmapScript.at(updated.resolve("socialmap"), cache).with("SOCIALMAP_PLUGINS", plugins.toString())
				.run("catalog", "list");

		assertTrue(line(catalogs.out(), "  vk ").contains(" VK "), catalogs::toString);
	}

	@Test
	void anotherPluginFolderBringsItsOwnPluginsOnly() throws Exception {
		socialmap.run("plugins", "add", examplePlugin().toString());

		Result catalogs = socialmap.with("SOCIALMAP_PLUGINS", work.resolve("other").toString()).run("catalog", "list");
		Result back = socialmap.run("catalog", "list");

		assertEquals(0, catalogs.exitCode(), catalogs::toString);
		assertFalse(catalogs.out().contains("  vk "), catalogs::toString);
		assertTrue(line(back.out(), "  vk ").contains(" VK "), back::toString);
	}

	@Test
	void aWrongVersionOfARequiredBundleIsRefusedWithTheVersionsThereAre() throws Exception {
		Path jar = PluginJars.bundle(work.resolve("future.jar"), "com.agency.future", "1.0.0",
				Map.of("Require-Bundle", "org.socialmap.rules;bundle-version=\"[9.0.0,10.0.0)\""), PluginJars.ONE_CATALOG);

		Result add = socialmap.run("plugins", "add", jar.toString());

		assertEquals(2, add.exitCode(), add::toString);
		assertTrue(add.err().startsWith("socialmap: " + jar + ": not installed: it requires bundle org.socialmap.rules "
				+ "version 9.0.0 or newer and older than 10.0.0, and the installation has 1.0.0."), add::toString);
		assertNothingInstalled();
	}

	@Test
	void aMissingDependencyIsRefusedByName() throws Exception {
		Path jar = PluginJars.bundle(work.resolve("needy.jar"), "com.agency.needy", "1.0.0",
				Map.of("Require-Bundle", "com.example.missing", "Import-Package", "com.example.gone;version=\"1.2.0\""),
				PluginJars.ONE_CATALOG);

		Result add = socialmap.run("plugins", "add", jar.toString());

		assertEquals(2, add.exitCode(), add::toString);
		assertEquals("socialmap: " + jar + ": not installed: it requires bundle com.example.missing, which is not installed; "
				+ "it imports package com.example.gone version 1.2.0 or newer, which no installed bundle exports\n", add.err());
		assertNothingInstalled();
	}

	@Test
	void aPluginForANewerJavaIsRefused() throws Exception {
		Path jar = PluginJars.bundle(work.resolve("java99.jar"), "com.agency.java99", "1.0.0",
				Map.of("Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=99))\""), PluginJars.ONE_CATALOG);

		Result add = socialmap.run("plugins", "add", jar.toString());

		assertEquals(2, add.exitCode(), add::toString);
		assertTrue(add.err().startsWith("socialmap: " + jar + ": not installed: it needs Java 99 and this runs on Java "),
				add::toString);
		assertNothingInstalled();
	}

	@Test
	void whatIsNoBundleIsRefused() throws Exception {
		Path noName = PluginJars.jar(work.resolve("library.jar"), Map.of("Created-By", "a build"), Map.of("a.txt", "a"));
		Path text = Files.writeString(work.resolve("notes.jar"), "not a zip");

		Result add = socialmap.run("plugins", "add", noName.toString(), text.toString());

		assertEquals(2, add.exitCode(), add::toString);
		assertEquals("socialmap: " + noName + ": not installed: it is not an OSGi bundle: its manifest has no "
				+ "Bundle-SymbolicName\nsocialmap: " + text + ": not installed: it is not a jar (zip) file\n", add.err());
		assertNothingInstalled();
	}

	@Test
	void aBundleThatExtendsNothingOfSocialmapIsRefused() throws Exception {
		Path jar = PluginJars.bundle(work.resolve("plain.jar"), "com.agency.plain", "1.0.0", Map.of(), Map.of("a.txt", "a"));

		Result add = socialmap.run("plugins", "add", jar.toString());

		assertEquals(2, add.exitCode(), add::toString);
		assertEquals("socialmap: " + jar + ": not installed: it is not a Socialmap extension: its plugin.xml contributes to "
				+ "none of org.socialmap.catalog.catalogs, org.socialmap.rules.rules\n", add.err());
		assertNothingInstalled();
	}

	@Test
	void aNewerVersionReplacesTheInstalledOneAndAnOlderIsRefused() throws Exception {
		Path one = PluginJars.bundle(work.resolve("v1/house.jar"), "com.agency.house", "1.0.0", Map.of(), PluginJars.ONE_CATALOG);
		Path two = PluginJars.bundle(work.resolve("v2/house.jar"), "com.agency.house", "1.1.0", Map.of(), PluginJars.ONE_CATALOG);
		assertEquals(0, socialmap.run("plugins", "add", one.toString()).exitCode());

		Result newer = socialmap.run("plugins", "add", two.toString());
		Result older = socialmap.run("plugins", "add", one.toString());

		assertEquals(0, newer.exitCode(), newer::toString);
		assertTrue(newer.out().endsWith(", replacing 1.0.0\n"), newer::toString);
		assertEquals(2, older.exitCode(), older::toString);
		assertEquals("socialmap: " + one + ": not installed: com.agency.house 1.1.0 is already installed, which is newer; "
				+ "run 'socialmap plugins remove com.agency.house' first to go back to 1.0.0\n", older.err());
		assertEquals(List.of("com.agency.house_1.1.0.jar"), jarsIn(plugins));
		assertTrue(line(socialmap.run("catalog", "list").out(), "  agency-forum ").contains("Agency Forum"));
	}

	@Test
	void aPluginThatNoLongerResolvesIsSkippedWithOneWarningAndTheRestWorks() throws Exception {
		socialmap.run("plugins", "add", examplePlugin().toString());
		PluginJars.bundle(plugins.resolve("com.agency.stale_1.0.0.jar"), "com.agency.stale", "1.0.0",
				Map.of("Require-Bundle", "com.example.missing"), PluginJars.ONE_CATALOG);

		Result catalogs = socialmap.run("catalog", "list");
		Result list = socialmap.run("plugins", "list");

		assertEquals("socialmap: warning: plug-in com.agency.stale 1.0.0 (" + plugins.resolve("com.agency.stale_1.0.0.jar")
				+ ") is skipped: it requires bundle com.example.missing, which is not installed\n", catalogs.err());
		assertTrue(line(catalogs.out(), "  vk ").contains(" VK "), catalogs::toString);
		assertEquals(1, list.exitCode(), list::toString);
		assertTrue(line(list.out(), "  com.agency.stale ").endsWith(" not resolved: it requires bundle com.example.missing, "
				+ "which is not installed"), list::toString);
	}

	@Test
	void removeOfWhatIsNotInstalledExitsWithTwo() throws Exception {
		Result remove = socialmap.run("plugins", "remove", "com.agency.nothing");

		assertEquals(2, remove.exitCode(), remove::toString);
		assertEquals("socialmap: no plug-in named 'com.agency.nothing' is installed in " + plugins
				+ " ('socialmap plugins list' shows them)\n", remove.err());
	}

	private static Path examplePlugin() {
		String jar = System.getProperty("socialmap.example.plugin");
		assertNotNull(jar, "the system property socialmap.example.plugin names the example plug-in's jar");
		assertTrue(Files.isRegularFile(Path.of(jar)), jar + " is missing: is the example plug-in built?");
		return Path.of(jar);
	}

	private void assertNothingInstalled() throws Exception {
		assertEquals(List.of(), jarsIn(plugins));
		assertEquals("Plug-ins in " + plugins + " (0)\n", socialmap.run("plugins", "list").out());
	}

	private static List<String> jarsIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}
}
