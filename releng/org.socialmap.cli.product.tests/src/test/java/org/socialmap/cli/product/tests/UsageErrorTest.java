package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/**
 * A bad command line through the real launcher: exit code 2 reaches the shell, the message and the
 * usage reach stderr. Every other usage error is tested in-process by bundles/org.socialmap.cli.tests.
 */
class UsageErrorTest {

	@TempDir
	Path cache;

	@Test
	void aBadCommandLineExitsWithTwoAndShowsTheUsage() throws Exception {
		Result result = SocialmapScript.installed(cache).run("catalog", "list", "--format", "xml");

		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("", result.out(), result::toString);
		assertTrue(result.err().startsWith("socialmap: option --format takes text or json, not 'xml'\n"), result::toString);
		assertTrue(result.err().contains("Usage: socialmap catalog list "), result::toString);
	}
}
