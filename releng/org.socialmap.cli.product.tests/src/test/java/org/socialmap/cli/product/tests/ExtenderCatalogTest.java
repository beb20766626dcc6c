package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.cli.product.tests.CatalogListTest.byId;
import static org.socialmap.cli.product.tests.CatalogListTest.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * A copy of the installation with two agencies' plug-ins added. The first has one catalog that
 * overrides a built-in platform at a higher priority, and one contribution whose file is missing;
 * the second, a {@code com.*} plug-in, redefines a built-in platform at equal priority with a misspelt
 * attribute. The listing shows every problem at its file and line and exits with 1; validate shows
 * those that touch the model; catalog check finds the same in the jar before it is installed.
 */
class ExtenderCatalogTest {

	private static final String BUNDLE = "org.example.agency.catalog";
	private static final String COM_BUNDLE = "com.agency.social";

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

	private static final String COM_PLUGIN_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<plugin>
			   <extension point="org.socialmap.catalog.catalogs">
			      <catalog file="catalog/social.xml"/>
			   </extension>
			</plugin>
			""";

	private static final String COM_CATALOG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.agency.social" name="Agency social">
			  <platform id="mastodon" name="Mastodon (agency instance)" kinds="microblog"
			            url-patern="https://social.agency.example/@{handle}"/>
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
		install(installation, BUNDLE, Map.of("plugin.xml", PLUGIN_XML, "catalog/house.xml", HOUSE_CATALOG));
		install(installation, COM_BUNDLE, Map.of("plugin.xml", COM_PLUGIN_XML, "catalog/social.xml", COM_CATALOG));
		socialmap = SocialmapScript.at(installation.resolve("socialmap"), cache);
	}

	@Test
	void textListsTheOverrideAndEveryProblemAtItsFileAndLine() throws Exception {
		Result result = socialmap.run("catalog", "list");

		assertEquals(1, result.exitCode(), result::toString);
		assertEquals("", result.err());
		String out = result.out();
		assertTrue(out.startsWith("Catalogs (3)\n"), out);
		assertTrue(out.contains("  org.example.agency: Agency house list\n    from " + BUNDLE
				+ "/catalog/house.xml, priority 10\n"), out);
		assertTrue(line(out, "  friendfeed ").contains(" FriendFeed (agency archive) "), out);
		assertTrue(line(out, "  agency.pods ").endsWith(" org.example.agency"), out);
		assertTrue(out.contains("\nProblems (4)\n"), out);
		assertTrue(line(out, "  error " + BUNDLE + "/catalog/missing.xml: ").contains("does not exist"), out);
		assertTrue(line(out, "  warning " + BUNDLE + "/catalog/house.xml:3: ").contains(
				"platform 'friendfeed' replaces the built-in catalog's definition at "
						+ "org.socialmap.catalog.builtin/catalog/platforms.xml:"), out);
	}

	@Test
	void onEqualPriorityTheBuiltInCatalogKeepsItsIdAndTheComPluginGetsTheWarnings() throws Exception {
		Result result = socialmap.run("catalog", "list");

		String out = result.out();
		assertTrue(line(out, "  mastodon ").contains(" Mastodon "), out);
		assertFalse(out.contains("agency instance"), out);
		String comFile = "  warning " + COM_BUNDLE + "/catalog/social.xml:3: ";
		assertEquals(List.of(comFile + "<platform> has unknown attribute 'url-patern', ignored; it may have [capabilities, "
				+ "closed, description, icon, id, kinds, launched, name, status, url-pattern]",
				comFile + "platform 'mastodon' is also defined by org.socialmap.catalog.builtin/catalog/platforms.xml:"
						+ builtinLine("mastodon") + " (priority 0), whose definition is used: on equal priority the "
						+ "built-in catalog keeps its ids"),
				out.lines().filter(line -> line.startsWith(comFile)).toList());
	}

	@Test
	void validateShowsTheCatalogProblemsThatTouchTheModelBesideTheFindings() throws Exception {
		Path model = ExampleModels.articleMap(copies);

		Result text = socialmap.run("validate", model.toString());
		Result json = socialmap.run("validate", "--format", "json", model.toString());

		assertEquals(0, text.exitCode(), text::toString);
		assertTrue(line(text.out(), model.toString()).endsWith(", 1 catalog problem"), text::toString);
		assertEquals("  warning catalog " + BUNDLE + "/catalog/house.xml:3: platform 'friendfeed' replaces the built-in "
				+ "catalog's definition at org.socialmap.catalog.builtin/catalog/platforms.xml:" + builtinLine("friendfeed")
				+ " (priority 0): higher priority wins (the model uses platform 'friendfeed')",
				line(text.out(), "  warning catalog "), text::toString);
		assertFalse(text.out().contains("mastodon"), "the model uses no Mastodon presence");
		JsonObject file = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("files").get(0)
				.getAsJsonObject();
		JsonArray problems = file.getAsJsonArray("catalogProblems");
		Set<String> members = new HashSet<>(CatalogListTest.PROBLEM_MEMBERS);
		members.add("reason");
		CatalogListTest.assertMembers(problems, members);
		JsonObject problem = problems.get(0).getAsJsonObject();
		assertEquals("the model uses platform 'friendfeed'", problem.get("reason").getAsString());
		assertEquals(BUNDLE, problem.get("contributor").getAsString());
		assertEquals("catalog/house.xml", problem.get("file").getAsString());
		assertEquals(3, problem.get("line").getAsInt());
		assertEquals(1, problems.size(), problems::toString);
	}

	@Test
	void catalogCheckFindsTheComPluginsProblemsInItsJarBeforeItIsInstalled() throws Exception {
		Path jar = copies.resolve("to-ship/" + COM_BUNDLE + "_1.0.0.jar");
		Files.createDirectories(jar.getParent());
		writeBundle(jar, COM_BUNDLE, Map.of("plugin.xml", COM_PLUGIN_XML, "catalog/social.xml", COM_CATALOG));

		Result result = socialmap.run("catalog", "check", jar.toString());

		assertEquals(1, result.exitCode(), result::toString);
		assertEquals("", result.err());
		List<String> lines = result.out().lines().toList();
		assertEquals(jar + " (plug-in " + COM_BUNDLE + "): 1 catalog checked, 0 errors, 2 warnings", lines.get(0));
		assertTrue(lines.get(1).startsWith("  " + jar + "!/catalog/social.xml:3: warning: <platform> has unknown "
				+ "attribute 'url-patern'"), result::toString);
		assertTrue(lines.get(2).startsWith("  " + jar + "!/catalog/social.xml:3: warning: platform 'mastodon' is also "
				+ "defined by org.socialmap.catalog.builtin/catalog/platforms.xml:"), result::toString);
		assertEquals(3, lines.size(), result::toString);
	}

	@Test
	void catalogCheckOfWhatCannotBeReadExitsWithTwo() throws Exception {
		Result result = socialmap.run("catalog", "check", copies.resolve("missing.jar").toString());

		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("socialmap: " + copies.resolve("missing.jar") + ": does not exist\n", result.err());
	}

	/** The line of the built-in catalog where the platform starts: the line of its {@code <platform}. */
	private static int builtinLine(String platformId) throws IOException {
		List<String> lines = Files.readAllLines(Path.of("../../bundles/org.socialmap.catalog.builtin/catalog/platforms.xml"));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("<platform id=\"" + platformId + "\"")) {
				return i + 1;
			}
		}
		throw new AssertionError("the built-in catalog has no platform " + platformId);
	}

	@Test
	void jsonListsTheProblemsWithTheirSeverity() throws Exception {
		Result result = socialmap.run("catalog", "list", "--format", "json");

		assertEquals(1, result.exitCode(), result::toString);
		JsonObject listing = JsonParser.parseString(result.out()).getAsJsonObject();
		JsonArray problems = listing.getAsJsonArray("problems");
		CatalogListTest.assertMembers(problems, CatalogListTest.PROBLEM_MEMBERS);
		assertEquals(List.of("error", "warning", "warning", "warning"),
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

	/** Adds the bundle to the installation's plugins and to the bundles Equinox starts. */
	private static void install(Path installation, String name, Map<String, String> entries) throws IOException {
		Path jar = installation.resolve("plugins/" + name + "_1.0.0.jar");
		writeBundle(jar, name, entries);
		Files.writeString(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"),
				name + ",1.0.0,plugins/" + jar.getFileName() + ",4,false\n", StandardOpenOption.APPEND);
	}

	private static void writeBundle(Path jar, String name, Map<String, String> entries) throws IOException {
		PluginJars.bundle(jar, name, "1.0.0", Map.of(), new TreeMap<>(entries));
	}
}
