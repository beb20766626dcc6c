package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialmap.tests.common.ExampleModels;

/**
 * {@code serve} refuses what it cannot serve and says why; a served model is tested in
 * releng/org.socialmap.cli.product.tests, which can stop the product with Ctrl+C.
 */
class ServeCommandTest {

	@TempDir
	Path folder;

	@Test
	void needsOneModelFile() {
		CliRun none = CliRun.of("serve");
		assertEquals(2, none.exitCode(), none::toString);
		assertTrue(none.err().contains("no model file given"), none::toString);
		CliRun two = CliRun.of("serve", "a.socialmap", "b.socialmap");
		assertEquals(2, two.exitCode(), two::toString);
		assertTrue(two.err().contains("serve takes one model file"), two::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "65536", "http", "" })
	void portIsAPortNumber(String port) {
		CliRun run = CliRun.of("serve", "--port", port, "model.socialmap");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("--port takes a port number from 0 to 65535 (0: any free port), not '" + port + "'"),
				run::toString);
	}

	@Test
	void aMissingFileIsExplainedAsValidateExplainsIt() {
		assertExplainedAsValidateDoes(folder.resolve("missing.socialmap"));
	}

	@Test
	void aDamagedFileIsExplainedAsValidateExplainsIt() throws IOException {
		Path file = Files.writeString(folder.resolve("damaged.socialmap"), "<?xml version=\"1.0\"?>\n<agency",
				StandardCharsets.UTF_8);
		assertExplainedAsValidateDoes(file);
	}

	@Test
	void aPortInUseIsSaidPlainly() throws IOException {
		Path model = Files.write(folder.resolve("example.socialmap"),
				ExampleModels.all().get("social-media-in-azienda.socialmap"));
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()), model.toString());
			assertEquals(2, run.exitCode(), run::toString);
			assertEquals("", run.out(), run::toString);
			assertTrue(run.err().endsWith("socialmap: cannot listen on 127.0.0.1:" + taken.getLocalPort()
					+ ": the port is in use\n"), run::toString);
		}
	}

	/** The model's loader words the problem; serve prints it as validate does, and serves nothing. */
	private static void assertExplainedAsValidateDoes(Path file) {
		CliRun serve = CliRun.of("serve", file.toString());
		CliRun validate = CliRun.of("validate", file.toString());
		assertEquals(2, serve.exitCode(), serve::toString);
		assertEquals("", serve.out(), serve::toString);
		assertTrue(serve.err().startsWith("socialmap: " + file + ":"), serve::toString);
		assertEquals(validate.err(), serve.err(), serve::toString);
	}
}
