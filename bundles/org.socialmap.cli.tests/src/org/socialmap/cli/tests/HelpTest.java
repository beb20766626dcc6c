package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.Command;
import org.socialmap.cli.Commands;

/** --help, help COMMAND and --version for the shipped commands: on stdout, exit code 0. */
class HelpTest {

	@Test
	void helpListsTheCommandsAndExitCodes() {
		CliRun run = CliRun.of("--help");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Usage: socialmap "), run::toString);
		for (Command command : Commands.all()) {
			assertTrue(run.out().contains("\n  " + command.name() + "  "), command.name() + " is listed:\n" + run.out());
		}
		assertTrue(run.out().contains("Exit codes: 0 ok, 1 findings of error severity, 2 "), run::toString);
		assertEquals("", run.err());
	}

	@Test
	void shortHelpAndHelpWithoutACommandAreTheGeneralHelp() {
		String help = CliRun.of("--help").out();

		assertEquals(help, CliRun.of("-h").out());
		assertEquals(help, CliRun.of("help").out());
	}

	@Test
	void catalogListHelpShowsUsageAndOptions() {
		CliRun run = CliRun.of("catalog", "list", "--help");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Usage: socialmap catalog list [--format text|json]\n"), run::toString);
		assertTrue(run.out().contains("\n  --format text|json  "), run::toString);
		assertTrue(run.out().contains("\n  -h, --help  "), run::toString);
		assertEquals("", run.err());
	}

	@Test
	void everyCommandHasHelpUnderItsUsageLineWithItsOptionsLast() {
		for (Command command : Commands.all()) {
			CliRun run = CliRun.of((command.name() + " --help").split(" "));

			assertEquals(0, run.exitCode(), run::toString);
			String usageLine = ("Usage: socialmap " + command.name() + " " + command.usage()).strip();
			assertTrue(run.out().startsWith(usageLine + "\n\n" + command.summary() + "\n\n"), run::toString);
			assertTrue(run.out().contains("\n\nOptions:\n"), run::toString);
			assertTrue(run.out().endsWith(" Shows this help.\n"), run::toString);
		}
	}

	@Test
	void helpAnywhereAmongACommandsOptionsShowsItsHelpWhateverElseIsWrong() {
		CliRun run = CliRun.of("catalog", "list", "--format", "xml", "-h");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(CliRun.of("catalog", "list", "--help").out(), run.out());
	}

	@Test
	void helpCommandGivesTheSameHelpAsTheOption() {
		CliRun option = CliRun.of("catalog", "list", "--help");
		CliRun command = CliRun.of("help", "catalog", "list");

		assertEquals(0, command.exitCode(), command::toString);
		assertEquals(option.out(), command.out());
	}

	@Test
	void aGroupOfCommandsListsItsSubcommands() {
		CliRun option = CliRun.of("catalog", "--help");

		assertEquals(0, option.exitCode(), option::toString);
		assertTrue(option.out().startsWith("Usage: socialmap catalog SUBCOMMAND"), option::toString);
		assertTrue(option.out().contains("\n  catalog list  "), option::toString);
		assertEquals(option.out(), CliRun.of("help", "catalog").out());
	}

	@Test
	void versionIsTheCliBundleVersion() {
		CliRun run = CliRun.of("--version");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().matches("socialmap 1\\.0\\.0\\.\\S+\n"), run::toString);
	}
}
