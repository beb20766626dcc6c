package org.socialmap.studio.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A studio's {@code socialmap-studio} script run to its end with an application other than the
 * workbench ({@code -application ...}), with a home, caches and workspace of the test's own, and no
 * display: such an application needs none.
 */
final class StudioCommand {

	private StudioCommand() {
	}

	/** What the command printed (standard output and error, in order) and its exit code. */
	record Finished(int exitCode, String output) {
	}

	/** Runs {@code script arguments...} and waits for its end, failing the test past {@code timeout}. */
	static Finished run(Path script, Path home, Duration timeout, String... arguments) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(script.toString(), "-data", home.resolve("workspace").toString());
		builder.command().addAll(List.of(arguments));
		builder.environment().put("HOME", home.toString());
		builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		Path output = Files.createTempFile(home, "command-", ".txt");
		builder.redirectErrorStream(true).redirectOutput(output.toFile());
		Process process = builder.start();
		process.getOutputStream().close();
		boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (!ended) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor();
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		assertTrue(ended, String.join(" ", builder.command()) + " did not end within " + timeout + "; its output:\n" + text);
		return new Finished(process.exitValue(), text);
	}
}
