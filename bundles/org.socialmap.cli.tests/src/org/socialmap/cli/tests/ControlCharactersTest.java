package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model can carry terminal control sequences: XML 1.1 lets character references write ESC, BEL and
 * CSI (U+009B) into names. The command line shows them escaped, so printing a model never sets the
 * terminal's title or forges a line of output.
 */
class ControlCharactersTest {

	/** OSC 0 (set the window title) ended by BEL, then CSI; and a line break that would forge a line. */
	private static final String MODEL = """
			<?xml version="1.1" encoding="UTF-8"?>
			<socialmap:Agency xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="agency" name="Agency">
			  <clients id="bottega" name="Bottega&#x1b;]0;pwned&#x7;">
			    <presences id="page" name="Page&#x1b;]0;pwned&#x7;&#x9b;2J" platform="facebook"/>
			    <teams id="team" name="Team">
			      <members id="ada" name="Ada&#x1b;]0;pwned&#x7;&#x9b;" weeklyHours="4"/>
			      <members id="bo" name="Bo&#xa;  error   forged line" weeklyHours="4"/>
			    </teams>
			  </clients>
			</socialmap:Agency>
			""";

	@TempDir
	Path folder;

	@Test
	void validateShowsThemEscaped() throws IOException {
		CliRun run = CliRun.of("validate", model().toString());

		assertTerminalSafe(run);
		assertTrue(run.out().contains("Client 'Bottega\\e]0;pwned\\x07' has presences but no website"), run::toString);
		assertTrue(run.out().contains("Presence 'Page\\e]0;pwned\\x07\\u009b2J'"), run::toString);
	}

	@Test
	void validateAsJsonEscapesThemToo() throws IOException {
		CliRun run = CliRun.of("validate", "--format", "json", model().toString());

		assertTerminalSafe(run);
		assertTrue(run.out().contains("\"Page\\u001b]0;pwned\\u0007\\u009b2J\""), run::toString);
	}

	@Test
	void assignShowsThemEscaped() throws IOException {
		CliRun run = CliRun.of("assign", model().toString());

		assertTerminalSafe(run);
		assertTrue(run.out().startsWith("Bottega\\e]0;pwned\\x07:\n"), run::toString);
		assertTrue(run.out().contains("  Page\\e]0;pwned\\x07\\u009b2J: owner Ada\\e]0;pwned\\x07\\u009b \u2014 "), run::toString);
		assertTrue(run.out().contains(": backup Bo\\n  error   forged line \u2014 "), run::toString);
	}

	@Test
	void progressShowsThemEscaped() throws IOException {
		CliRun run = CliRun.of("--progress", "assign", model().toString());

		assertTerminalSafe(run);
		assertTrue(run.err().contains("socialmap: assigning curators for Bottega\\e]0;pwned\\x07...\n"), run::toString);
	}

	@Test
	void errorMessagesShowThemEscaped() {
		Path missing = folder.resolve("\u001b]0;pwned\u0007.socialmap");

		CliRun run = CliRun.of("validate", missing.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertTerminalSafe(run);
		assertTrue(run.err().contains("\\e]0;pwned\\x07.socialmap"), run::toString);
	}

	@Test
	void usageErrorsShowThemEscaped() {
		CliRun run = CliRun.of("validate", "--\u009b2J");

		assertEquals(2, run.exitCode(), run::toString);
		assertTerminalSafe(run);
		assertTrue(run.err().startsWith("socialmap: unknown option '--\\u009b2J'\n"), run::toString);
	}

	private Path model() throws IOException {
		return Files.writeString(folder.resolve("bottega.socialmap"), MODEL, StandardCharsets.UTF_8);
	}

	/** Only printable text and the line feeds between lines: no C0 or C1 control, no DEL. */
	private static void assertTerminalSafe(CliRun run) {
		for (String output : new String[] { run.out(), run.err() }) {
			for (int i = 0; i < output.length(); i++) {
				char c = output.charAt(i);
				if (c != '\n' && Character.isISOControl(c)) {
					fail(String.format("control character U+%04X at %d of:%n%s", (int) c, i, output.replace('\u001b', '?')));
				}
			}
		}
	}
}
