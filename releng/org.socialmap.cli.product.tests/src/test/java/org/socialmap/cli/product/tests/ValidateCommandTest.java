package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code socialmap validate} through the real launcher: exit codes, text and JSON, bad files. */
class ValidateCommandTest extends InstalledScriptTest {

	@Test
	void theArticlesMapHasWarningsOnlyAndExitsWithZero() throws Exception {
		Path model = ExampleModels.articleMap(folder);
		Result result = socialmap.run("validate", model.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith(model + ": 0 errors, 3 warnings, 0 info\n"), result.out());
		assertTrue(result.out().contains("  warning socialmap.closed-platform: Presence 'FriendFeed' is on FriendFeed, which closed on 2015-04-09"),
				result.out());
		assertTrue(result.out().contains("          quick fix: Mark 'FriendFeed' obsolete"), result.out());
	}

	@Test
	void anErrorFindingExitsWithOne() throws Exception {
		Result result = socialmap.run("validate", ExampleModels.oneCuratorForEverything(folder).toString());

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("  error   socialmap.single-curator: Member 'Ada' curates all 2 presences of 'Shop', alone"),
				result.out());
	}

	@Test
	void jsonHasTheDocumentedShape() throws Exception {
		Path model = ExampleModels.articleMap(folder);
		Result result = socialmap.run("validate", "--format", "json", model.toString());

		assertEquals(0, result.exitCode(), result::toString);
		JsonObject root = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(Set.of("files", "exitCode"), root.keySet());
		assertEquals(0, root.get("exitCode").getAsInt());
		JsonObject file = root.getAsJsonArray("files").get(0).getAsJsonObject();
		assertEquals(model.toString(), file.get("file").getAsString());
		assertTrue(file.get("readable").getAsBoolean());
		assertEquals(3, file.getAsJsonObject("counts").get("warning").getAsInt());
		JsonArray findings = file.getAsJsonArray("findings");
		assertEquals(3, findings.size());
		for (JsonElement element : findings) {
			JsonObject finding = element.getAsJsonObject();
			assertEquals(Set.of("rule", "severity", "message", "elements", "fixes"), finding.keySet());
			JsonObject first = finding.getAsJsonArray("elements").get(0).getAsJsonObject();
			assertTrue(first.keySet().containsAll(Set.of("type", "label")), first.toString());
		}
	}

	@Test
	void unreadableFilesExitWithTwoNamingTheFileWhileTheOthersAreStillValidated() throws Exception {
		Path good = ExampleModels.articleMap(folder);
		Path notXml = ExampleModels.write(folder.resolve("notes.socialmap"), "just some notes\n");
		Path missing = folder.resolve("missing.socialmap");

		Result result = socialmap.run("validate", good.toString(), notXml.toString(), missing.toString());

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith(good + ": 0 errors, 3 warnings"), result.out());
		assertTrue(result.err().contains(notXml + ":1: not well-formed XML"), result.err());
		assertTrue(result.err().contains(missing + ": no such file"), result.err());
	}

	@Test
	void aHostileFileIsRefusedAndLeftAsItWas() throws Exception {
		Path secret = ExampleModels.write(folder.resolve("secret.txt"), "TOP-SECRET");
		Path hostile = ExampleModels.write(folder.resolve("hostile.socialmap"), """
				<?xml version="1.0"?>
				<!DOCTYPE x [ <!ENTITY s SYSTEM "%s"> ]>
				<socialmap:Agency xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="a" name="&s;"/>
				""".formatted(secret.toUri()));
		byte[] before = Files.readAllBytes(hostile);

		Result result = socialmap.run("validate", "--format", "json", hostile.toString());

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.out().contains("declares a DOCTYPE"), result.out());
		assertFalse(result.out().contains("TOP-SECRET") || result.err().contains("TOP-SECRET"));
		assertArrayEquals(before, Files.readAllBytes(hostile));
	}

	@Test
	void anUnknownPlatformValidatesWithAWarning() throws Exception {
		Path model = ExampleModels.write(folder.resolve("unknown.socialmap"), Files.readString(ExampleModels.articleMap(folder))
				.replace("platform=\"anobii\"", "platform=\"holonet-2031\""));
		Result result = socialmap.run("validate", model.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("warning socialmap.unknown-platform: Presence 'aNobii library' is on platform 'holonet-2031'"),
				result.out());
	}
}
