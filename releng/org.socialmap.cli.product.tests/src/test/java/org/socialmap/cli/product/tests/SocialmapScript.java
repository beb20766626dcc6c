package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code socialmap} start script as a user's shell would: stdin empty, stdout and stderr
 * collected, the exit code as the process gave it. Equinox caches go to a folder of the test's own, and
 * so does the plug-in folder.
 */
final class SocialmapScript {

	/** Far above a cold start (about 2 s), so that only a hung process fails on it. */
	private static final long TIMEOUT_SECONDS = 120;

	private final Path script;
	/** Variables to set, or to remove where the value is null. */
	private final Map<String, String> environment;

	private SocialmapScript(Path script, Map<String, String> environment) {
		this.script = script;
		this.environment = environment;
	}

	/** The script of the product this build materialized, named by the pom. */
	static SocialmapScript installed(Path cache) {
		String path = System.getProperty("socialmap.script");
		assertNotNull(path, "the system property socialmap.script names the script under test");
		return at(Path.of(path), cache);
	}

	/** The script at this path, e.g. in a copy of the installation. */
	static SocialmapScript at(Path script, Path cache) {
		assertTrue(Files.isExecutable(script), script + " is not executable: is the CLI product materialized?");
		Map<String, String> environment = new HashMap<>();
		environment.put("XDG_CACHE_HOME", cache.toString());
		// not the user's plug-ins: a folder that stays empty unless a test adds to it
		environment.put("SOCIALMAP_PLUGINS", cache.resolve("plugins").toString());
		return new SocialmapScript(script, environment);
	}

	/** The installation folder: where the script is. */
	Path installation() {
		return script.getParent();
	}

	/** Runs it with this environment variable set as well, or removed when the value is null. */
	SocialmapScript with(String variable, String value) {
		Map<String, String> changed = new HashMap<>(environment);
		changed.put(variable, value);
		return new SocialmapScript(script, changed);
	}

	Result run(String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("socialmap-out", ".txt");
		Path err = Files.createTempFile("socialmap-err", ".txt");
		try {
			Process process = processBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			process.getOutputStream().close();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("socialmap " + String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS + " s");
			}
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/**
	 * Starts it for a command that runs until stopped ({@code serve}): stdout is the process's to read,
	 * stderr goes to {@code err}.
	 */
	Process start(Path err, String... args) throws IOException {
		Process process = processBuilder(args).redirectError(err.toFile()).start();
		process.getOutputStream().close();
		return process;
	}

	private ProcessBuilder processBuilder(String... args) {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		environment.forEach((variable, value) -> {
			if (value == null) {
				builder.environment().remove(variable);
			} else {
				builder.environment().put(variable, value);
			}
		});
		return builder;
	}

	/** What one run gave. */
	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit code " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
		}
	}
}
