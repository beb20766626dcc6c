package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

class HelpTest {

	@TempDir
	static Path cache;

	private static SocialmapScript socialmap;

	@BeforeAll
	static void findScript() {
		socialmap = SocialmapScript.installed(cache);
	}

	@Test
	void helpListsTheCommandsAndExitCodes() throws Exception {
		Result result = socialmap.run("--help");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Usage: socialmap "), result::toString);
		assertTrue(result.out().contains("\n  catalog list  "), result::toString);
		assertTrue(result.out().contains("Exit codes: 0 ok, 1 findings of error severity, 2 "), result::toString);
		assertEquals("", result.err());
	}

	@Test
	void helpWithoutACommandIsTheGeneralHelp() throws Exception {
		assertEquals(socialmap.run("--help").out(), socialmap.run("help").out());
	}

	@Test
	void catalogListHelpShowsUsageAndOptions() throws Exception {
		Result result = socialmap.run("catalog", "list", "--help");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Usage: socialmap catalog list [--format text|json]\n"), result::toString);
		assertTrue(result.out().contains("\n  --format text|json  "), result::toString);
		assertTrue(result.out().contains("\n  -h, --help  "), result::toString);
		assertEquals("", result.err());
	}

	@Test
	void helpCommandGivesTheSameHelpAsTheOption() throws Exception {
		Result option = socialmap.run("catalog", "list", "--help");
		Result command = socialmap.run("help", "catalog", "list");

		assertEquals(0, command.exitCode(), command::toString);
		assertEquals(option.out(), command.out());
	}

	@Test
	void aGroupOfCommandsListsItsSubcommands() throws Exception {
		Result result = socialmap.run("catalog", "--help");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Usage: socialmap catalog SUBCOMMAND"), result::toString);
		assertTrue(result.out().contains("\n  catalog list  "), result::toString);
	}

	@Test
	void versionIsTheCliBundleVersion() throws Exception {
		Result result = socialmap.run("--version");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().matches("socialmap 1\\.0\\.0\\.\\S+\n"), result::toString);
	}
}
