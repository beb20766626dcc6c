package org.socialmap.cli.product.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command tests share: the built product's {@code socialmap} script, run with a cache
 * folder of the test class's own, and a new folder for each test's files.
 */
abstract class InstalledScriptTest {

	@TempDir
	static Path cache;
	@TempDir
	Path folder;

	static SocialmapScript socialmap;

	@BeforeAll
	static void findScript() {
		socialmap = SocialmapScript.installed(cache);
	}
}
