package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** Bad command lines: a message and the usage on stderr, nothing on stdout, exit code 2. */
class UsageErrorTest {

	@TempDir
	static Path cache;

	private static SocialmapScript socialmap;

	@BeforeAll
	static void findScript() {
		socialmap = SocialmapScript.installed(cache);
	}

	@ParameterizedTest(name = "socialmap {0}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			""                           => no command given
			nope                         => unknown command 'nope'
			--nope                       => unknown option '--nope'
			help nope                    => unknown command 'nope'
			catalog                      => 'catalog' needs a subcommand
			catalog nope                 => unknown command 'catalog nope'
			catalog list --format        => option --format needs a value: --format text|json
			catalog list --format xml    => option --format takes text or json, not 'xml'
			catalog list --colour        => unknown option '--colour'
			catalog list extra           => unexpected argument 'extra'
			catalog list --format json --format text => option --format is given twice
			""")
	void badCommandLine(String commandLine, String message) throws Exception {
		String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

		Result result = socialmap.run(args);

		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("", result.out(), result::toString);
		assertTrue(result.err().startsWith("socialmap: " + message + "\n"), result::toString);
		assertTrue(result.err().contains("Usage: socialmap "), result::toString);
	}
}
