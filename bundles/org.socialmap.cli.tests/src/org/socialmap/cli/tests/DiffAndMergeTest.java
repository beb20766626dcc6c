package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Presence;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.tests.common.ExampleModels;

/** {@code socialmap diff} and {@code socialmap merge} on versions of the example, in this JVM. */
class DiffAndMergeTest {

	private static final String TWITTER_CADENCE = "audience=\"Event attendees and the press\"\n        cadence=\"real-time\"";
	private static final String LUCA_HOURS = "role=\"Developer\"\n          weeklyHours=\"2.0\"";

	@TempDir
	Path folder;

	@Test
	void diffOfEqualModelsPrintsNothingAndExitsWith0() throws IOException {
		CliRun run = CliRun.of("diff", version("old", example()).toString(), version("new", example()).toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out() + run.err());
	}

	@Test
	void diffNamesEachChangeAndExitsWith1() throws IOException {
		Path before = version("old", example());
		Path after = version("new", example().replace(TWITTER_CADENCE, twitterCadence("weekly")));

		CliRun run = CliRun.of("diff", before.toString(), after.toString());

		assertEquals(1, run.exitCode(), run::toString);
		assertEquals("Presence 'Twitter account' (client 'Officina Digitale'): cadence real-time -> weekly\n", run.out());
	}

	@Test
	void diffInJsonGivesEachChangeItsParts() throws IOException {
		Path before = version("old", example());
		Path after = version("new", example().replace(TWITTER_CADENCE, twitterCadence("weekly")));

		CliRun run = CliRun.of("diff", "--format", "json", before.toString(), after.toString());

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("\"kind\": \"changed\",\n      \"key\": \"id:twitter-account\""), run::toString);
		assertTrue(run.out().contains("\"feature\": \"cadence\",\n      \"before\": \"real-time\",\n      \"after\": \"weekly\""), run::toString);
		assertTrue(run.out().contains("\"equal\": false"), run::toString);
	}

	@Test
	void diffOfAnUnreadableModelSaysWhereAndExitsWith2() throws IOException {
		Path broken = version("broken", example().replace(TWITTER_CADENCE, twitterCadence("hourly")));

		CliRun run = CliRun.of("diff", version("old", example()).toString(), broken.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("socialmap: " + broken + ":"), run::toString);
		assertTrue(run.err().contains("cadence 'hourly' is not one of"), run::toString);
	}

	@Test
	void diffAsGitsExternalDiffPrintsAHeaderAndExitsWith0() throws IOException {
		Path before = version("old", example());
		Path after = version("new", example().replace(TWITTER_CADENCE, twitterCadence("weekly")));

		CliRun run = CliRun.of("diff", "models/map.socialmap", before.toString(), "abc", "100644", after.toString(), "def", "100644");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("socialmap diff a/models/map.socialmap b/models/map.socialmap\n"
				+ "Presence 'Twitter account' (client 'Officina Digitale'): cadence real-time -> weekly\n", run.out());
	}

	@Test
	void aCleanMergeIsWrittenOverOursAndExitsWith0() throws Exception {
		Path base = version("base", example());
		// Git's temporary files have no .socialmap extension.
		Path ours = version(".merge_file_ours", example().replace(TWITTER_CADENCE, twitterCadence("daily")));
		Path theirs = version(".merge_file_theirs", example().replace(LUCA_HOURS, "role=\"Developer\"\n          weeklyHours=\"2.5\""));

		CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out() + run.err());
		String expected = example().replace(TWITTER_CADENCE, twitterCadence("daily"))
				.replace(LUCA_HOURS, "role=\"Developer\"\n          weeklyHours=\"2.5\"");
		assertEquals(expected, Files.readString(ours), "the result is in the form Socialmap writes");
		assertFalse(Files.exists(folder.resolve(".merge_file_ours.conflicts")));
	}

	@Test
	void aConflictedMergeKeepsOursListsTheConflictsAndExitsWith1() throws Exception {
		Path base = version("base", example());
		Path ours = version("ours", example().replace(TWITTER_CADENCE, twitterCadence("daily")));
		Path theirs = version("theirs", example().replace(TWITTER_CADENCE, twitterCadence("weekly")));
		Path model = folder.resolve("models/map.socialmap");

		CliRun run = CliRun.of("merge", "--path", model.toString(), base.toString(), ours.toString(), theirs.toString());

		assertEquals(1, run.exitCode(), run::toString);
		String conflict = "Presence 'Twitter account' (client 'Officina Digitale'): cadence: ours daily, theirs weekly; kept ours";
		Path sidecar = folder.resolve("models/map.socialmap.conflicts");
		assertEquals("socialmap: merge of " + model + ": 1 conflict, ours kept at each (listed in " + sidecar + "):\n  "
				+ conflict + "\n", run.err());
		assertEquals("merge of " + model + ": 1 conflict, ours kept at each\n" + conflict + "\n", Files.readString(sidecar));
		assertEquals("daily", twitter(ours).getCadence().getLiteral());
	}

	@Test
	void layoutConflictsKeepOursWithANoteAndDoNotStopTheMerge() throws Exception {
		Path base = version("base.smlayout", layout(10, 10));
		Path ours = version("ours.smlayout", layout(40, 10));
		Path theirs = version("theirs.smlayout", layout(70, 90));

		CliRun run = CliRun.of("merge", "--path", "models/map.smlayout", base.toString(), ours.toString(), theirs.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("socialmap: note: merge of models/map.smlayout: 1 layout conflict, ours kept at each:\n"
				+ "  Node 'facebook-page' in Diagram map of client 'officina': x: ours 40, theirs 70; kept ours\n", run.err());
		assertEquals(layout(40, 90), Files.readString(ours));
	}

	/** A map layout with one node, as Socialmap writes it. */
	private static String layout(int x, int y) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<notation:Layout
				    xmi:version="2.0"
				    xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:notation="http://www.socialmap.org/notation/1.0">
				  <diagrams
				      client="officina">
				    <nodes
				        element="facebook-page"
				        x="%d.0"
				        y="%d.0"/>
				  </diagrams>
				</notation:Layout>
				""".formatted(x, y);
	}

	private static String twitterCadence(String cadence) {
		return TWITTER_CADENCE.replace("real-time", cadence);
	}

	private Presence twitter(Path model) throws SocialmapFileException {
		return (Presence) SocialmapFiles.load(model).eResource().getEObject("twitter-account");
	}

	private Path version(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String example() {
		return new String(ExampleModels.all().get("social-media-in-azienda.socialmap"), StandardCharsets.UTF_8);
	}
}
