package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad command lines for the shipped commands: a message and the usage on stderr, nothing on stdout, exit code 2. */
class UsageErrorTest {

	@ParameterizedTest(name = "socialmap {0}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			""                           => no command given
			--debug --progress           => no command given
			nope                         => unknown command 'nope'
			--nope                       => unknown option '--nope'
			help nope                    => unknown command 'nope'
			help catalog nope            => unknown command 'catalog nope'
			catalog                      => 'catalog' needs a subcommand
			catalog nope                 => unknown command 'catalog nope'
			catalog list --format        => option --format needs a value: --format text|json
			catalog list --format xml    => option --format takes text or json, not 'xml'
			catalog list --colour        => unknown option '--colour'
			catalog list extra           => unexpected argument 'extra'
			catalog list --format json --format text => option --format is given twice
			catalog list -- --help       => unexpected argument '--help'
			catalog list -- --progress   => unexpected argument '--progress'
			catalog check                => no catalog file or plug-in jar given
			catalog check --format xml x.xml => option --format takes text or json, not 'xml'
			plugins                      => 'plugins' needs a subcommand
			plugins add                  => no plug-in jar given
			plugins remove               => no plug-in name given
			plugins list extra           => unexpected argument 'extra'
			plugins add --force x.jar    => unknown option '--force'
			report --out report          => no model file given
			report --out report a b      => report takes one model file
			report model.socialmap       => --out DIR is required
			report --out report --settings /nonexistent/settings.properties model.socialmap => settings file /nonexistent/settings.properties does not exist
			""")
	void badCommandLine(String commandLine, String message) {
		CliRun run = CliRun.of(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("", run.out(), run::toString);
		assertTrue(run.err().startsWith("socialmap: " + message + "\n\nUsage: socialmap "), run::toString);
	}

	@Test
	void aCommandsUsageErrorShowsItsUsageLineAndWhereItsOptionsAre() {
		CliRun run = CliRun.of("catalog", "list", "--format", "xml");

		assertEquals("""
				socialmap: option --format takes text or json, not 'xml'

				Usage: socialmap catalog list [--format text|json]
				Run 'socialmap catalog list --help' for its options.
				""", run.err());
	}

	@Test
	void anUnknownCommandShowsTheGeneralHelp() {
		CliRun run = CliRun.of("nope");

		assertEquals("socialmap: unknown command 'nope'\n\n" + CliRun.of("--help").out(), run.err());
	}

	@Test
	void aGroupWithoutASubcommandShowsTheGroupsCommands() {
		CliRun run = CliRun.of("catalog");

		assertEquals("socialmap: 'catalog' needs a subcommand\n\n" + CliRun.of("catalog", "--help").out(), run.err());
	}
}
