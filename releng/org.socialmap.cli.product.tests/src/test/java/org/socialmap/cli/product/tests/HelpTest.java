package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** The help through the real launcher; the help of each command is tested in-process by bundles/org.socialmap.cli.tests. */
class HelpTest {

	@TempDir
	Path cache;

	@Test
	void helpListsTheCommandsAndExitCodes() throws Exception {
		Result result = SocialmapScript.installed(cache).run("--help");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Usage: socialmap "), result::toString);
		assertTrue(result.out().contains("\n  catalog list  "), result::toString);
		assertTrue(result.out().contains("Exit codes: 0 ok, 1 findings of error severity, 2 "), result::toString);
		assertEquals("", result.err());
	}
}
