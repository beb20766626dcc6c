package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code socialmap catalog list} on the installation as built: the built-in catalog alone. */
class CatalogListTest extends InstalledScriptTest {

	/** The members docs/cli.md promises, each always present. */
	static final Set<String> CATALOG_MEMBERS = Set.of("id", "name", "contributor", "file", "priority",
			"platformCount", "kindCount", "organisationModelCount");
	static final Set<String> PLATFORM_MEMBERS = Set.of("id", "name", "kinds", "capabilities", "status", "launched",
			"closed", "urlPattern", "description", "catalog");
	static final Set<String> KIND_MEMBERS = Set.of("id", "name", "description", "catalog");
	static final Set<String> MODEL_MEMBERS = Set.of("id", "name", "structure", "description", "source", "builtIn");
	static final Set<String> PROBLEM_MEMBERS = Set.of("severity", "contributor", "file", "line", "message");

	@Test
	void textListsTheBuiltInCatalogWithClosedPlatformsMarked() throws Exception {
		Result result = socialmap.run("catalog", "list");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("", result.err(), "nothing on stderr when it is not a terminal");
		String out = result.out();
		assertTrue(out.startsWith("Catalogs (1)\n  org.socialmap.catalog.builtin: "), out);
		assertTrue(out.contains("    from org.socialmap.catalog.builtin/catalog/platforms.xml, priority 0\n"), out);
		assertTrue(line(out, "  friendfeed ").contains(" closed 2015-04-09 "), out);
		assertTrue(line(out, "  facebook ").contains(" active "), out);
		assertTrue(line(out, "  forrester.cross-functional ").endsWith(" built-in"), out);
		assertTrue(out.endsWith("\nNo problems in the installed catalogs.\n"), out);
		assertFalse(out.contains("regional"), "the example catalog is not part of the CLI product");
	}

	@Test
	void jsonHasTheDocumentedShape() throws Exception {
		Result result = socialmap.run("catalog", "list", "--format", "json");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("", result.err());
		JsonObject listing = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(Set.of("formatVersion", "catalogs", "platforms", "kinds", "organisationModels", "problems"),
				listing.keySet());
		assertEquals(1, listing.get("formatVersion").getAsInt());
		assertMembers(listing.getAsJsonArray("catalogs"), CATALOG_MEMBERS);
		assertMembers(listing.getAsJsonArray("platforms"), PLATFORM_MEMBERS);
		assertMembers(listing.getAsJsonArray("kinds"), KIND_MEMBERS);
		assertMembers(listing.getAsJsonArray("organisationModels"), MODEL_MEMBERS);
		assertEquals(0, listing.getAsJsonArray("problems").size());

		JsonObject catalog = listing.getAsJsonArray("catalogs").get(0).getAsJsonObject();
		assertEquals("org.socialmap.catalog.builtin", catalog.get("contributor").getAsString());
		assertEquals(listing.getAsJsonArray("platforms").size(), catalog.get("platformCount").getAsInt());

		JsonObject friendfeed = byId(listing.getAsJsonArray("platforms"), "friendfeed");
		assertEquals("closed", friendfeed.get("status").getAsString());
		assertEquals("2015-04-09", friendfeed.get("closed").getAsString());
		assertEquals(List.of("aggregator"), strings(friendfeed.getAsJsonArray("kinds")));
		assertTrue(strings(friendfeed.getAsJsonArray("capabilities")).contains("aggregation"));
		assertTrue(byId(listing.getAsJsonArray("platforms"), "facebook").get("closed").isJsonNull());

		JsonObject forrester = byId(listing.getAsJsonArray("organisationModels"), "forrester.cross-functional");
		assertEquals("cross-functional", forrester.get("structure").getAsString());
		assertTrue(forrester.get("builtIn").getAsBoolean());
	}

	static String line(String text, String start) {
		return text.lines().filter(line -> line.startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no line starts with '" + start + "' in\n" + text));
	}

	static JsonObject byId(JsonArray array, String id) {
		for (JsonElement element : array) {
			if (element.getAsJsonObject().get("id").getAsString().equals(id)) {
				return element.getAsJsonObject();
			}
		}
		throw new AssertionError("no '" + id + "' in " + array);
	}

	static void assertMembers(JsonArray array, Set<String> members) {
		assertFalse(array.isEmpty());
		for (JsonElement element : array) {
			assertEquals(members, element.getAsJsonObject().keySet(), element::toString);
		}
	}

	static List<String> strings(JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsString).toList();
	}
}
