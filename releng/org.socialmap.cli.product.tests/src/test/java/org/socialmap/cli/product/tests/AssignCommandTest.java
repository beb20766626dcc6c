package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** {@code socialmap assign} through the real launcher: proposals, the atomic --apply and its backup. */
class AssignCommandTest extends InstalledScriptTest {

	@Test
	void proposalsArePrintedWithReasonsAndNothingIsWritten() throws Exception {
		Path model = ExampleModels.oneCuratorForEverything(folder);
		String before = ContentHash.of(model);

		Result result = socialmap.run("assign", model.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Shop:\n"), result.out());
		assertTrue(result.out().contains("  Instagram profile: backup Bo \u2014 Bo: "), result.out());
		assertTrue(result.out().contains("  Facebook page: backup Bo \u2014 Bo: moderate affinity with Facebook"), result.out());
		assertEquals(before, ContentHash.of(model));
		assertEquals(List.of(model), files());
	}

	@Test
	void applyWritesTheProposalsAndKeepsThePreviousFileAsABackup() throws Exception {
		Path model = ExampleModels.oneCuratorForEverything(folder);
		String before = ContentHash.of(model);

		Result result = socialmap.run("assign", "--apply", model.toString());

		assertEquals(0, result.exitCode(), result::toString);
		Path backup = folder.resolve("one-curator.socialmap.bak");
		assertEquals(before, ContentHash.of(backup));
		assertEquals(List.of(folder.resolve(".one-curator.socialmap.lock"), model, backup), files(),
				"no temporary file is left behind; the empty lock file stays");
		String written = Files.readString(model);
		assertEquals(2, written.split("member=\"bo\"", -1).length - 1, written);
		assertEquals(2, written.split("role=\"backup\"", -1).length - 1, written);

		Result validation = socialmap.run("validate", model.toString());
		assertFalse(validation.out().contains("socialmap.no-backup"), validation.out());

		Result again = socialmap.run("assign", "--apply", model.toString());
		assertTrue(again.out().contains("nothing to apply"), again.out());
	}

	@Test
	void noValidAssignmentSaysWhichConstraintFailsAndWritesNothing() throws Exception {
		Path model = ExampleModels.loneMember(folder);
		String before = ContentHash.of(model);

		Result result = socialmap.run("assign", "--apply", model.toString());

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("no valid assignment: "), result.out());
		assertTrue(result.out().contains("1 member"), result.out());
		assertEquals(before, ContentHash.of(model));
		assertEquals(List.of(model), files());
	}

	@Test
	void anUnreadableFileExitsWithTwo() throws Exception {
		Path broken = ExampleModels.write(folder.resolve("broken.socialmap"), "<socialmap:Agency");
		Result result = socialmap.run("assign", "--apply", broken.toString());

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains(broken.toString()), result.err());
		assertEquals(List.of(broken), files());
	}

	private List<Path> files() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
