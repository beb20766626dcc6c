package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** What the start script does around the command: finding Java, its caches, being linked to. */
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

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.sorted().toList();
		}
	}
}
