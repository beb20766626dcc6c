package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** What the start script does around the command: finding Java, its caches (or a temporary area), being linked to. */
class StartScriptTest {

	@TempDir
	Path cache;

	@TempDir
	Path elsewhere;

	@Test
	void worksThroughASymbolicLink() throws Exception {
		Path original = SocialmapScript.installed(cache).installation().resolve("socialmap");
		Path link = Files.createSymbolicLink(elsewhere.resolve("socialmap"), original);

		Result result = SocialmapScript.at(link, cache).run("--version");
		Files.delete(link); // else JUnit warns that it removes a link to outside the temporary folder

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("", result.err());
	}

	@Test
	void passesOverAJavaHomeOlderThan21() throws Exception {
		Path oldJdk = elsewhere.resolve("jdk-17");
		Files.createDirectories(oldJdk.resolve("bin"));
		Files.writeString(oldJdk.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
		Path java = Files.writeString(oldJdk.resolve("bin/java"), "#!/bin/sh\necho 'old java ran' >&2\nexit 99\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

		Result result = SocialmapScript.installed(cache).with("JAVA_HOME", oldJdk.toString()).run("--version");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("", result.err());
	}

	@Test
	void writesItsCachesOutsideTheInstallation() throws Exception {
		SocialmapScript socialmap = SocialmapScript.installed(cache);
		List<Path> before = files(socialmap.installation());

		Result result = socialmap.run("catalog", "list");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals(before, files(socialmap.installation()));
		try (Stream<Path> configurations = Files.list(cache.resolve("socialmap"))) {
			assertEquals(1, configurations.count(), "one configuration folder per installation");
		}
	}

	/** A system user's HOME, or none at all: the command still runs, on a temporary configuration area it removes. */
	@ParameterizedTest(name = "HOME={0}")
	@NullSource
	@ValueSource(strings = "/nonexistent")
	void runsWithoutAUsableHomeFolder(String home) throws Exception {
		Result result = SocialmapScript.installed(cache).with("XDG_CACHE_HOME", null).with("HOME", home)
				.with("TMPDIR", elsewhere.toString()).run("--help");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Usage: socialmap "), result::toString);
		assertEquals(1, result.err().lines().count(), result::toString);
		assertTrue(result.err().contains("caching in a temporary folder for this run only"), result::toString);
		assertEquals(List.of(elsewhere), files(elsewhere), "the temporary configuration area is gone");
		assertFalse(Files.exists(Path.of("/nonexistent")), "no home folder is created");
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.sorted().toList();
		}
	}
}
