package org.socialmap.studio.product.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The materialized studio's {@code socialmap-studio} script started on files, with a home, caches
 * and workspace of the test's own; its standard output is read line by line as the studio writes it.
 */
final class RunningStudio implements AutoCloseable {

	private final Process process;
	private final BufferedReader output;
	private final Path workspace;
	private final long startNanos = System.nanoTime();

	private RunningStudio(Process process, Path workspace) {
		this.process = process;
		this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.workspace = workspace;
	}

	/** Starts the script the pom names; stderr goes to {@code home/stderr.txt}. */
	static RunningStudio start(Path home, String... files) throws IOException {
		return start(builtScript(), home, files);
	}

	/** Starts a studio's script; stderr goes to {@code home/stderr.txt}. */
	static RunningStudio start(Path script, Path home, String... files) throws IOException {
		Path workspace = home.resolve("workspace");
		ProcessBuilder builder = new ProcessBuilder(script.toString());
		builder.command().add("-data");
		builder.command().add(workspace.toString());
		builder.command().addAll(List.of(files));
		builder.environment().put("HOME", home.toString());
		builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
		builder.redirectError(home.resolve("stderr.txt").toFile());
		Process process = builder.start();
		process.getOutputStream().close();
		return new RunningStudio(process, workspace);
	}

	/** A copy of the article's example (the pom names it) in {@code home}, for a studio to open and change. */
	static Path copyOfTheExample(Path home) throws IOException {
		Path example = home.resolve("social-media-in-azienda.socialmap");
		Files.copy(Path.of(System.getProperty("socialmap.example")), example, StandardCopyOption.REPLACE_EXISTING);
		return example;
	}

	/** The {@code socialmap-studio} script of the materialized product, which the pom names. */
	static Path builtScript() {
		String script = System.getProperty("socialmap.studio.script");
		assertNotNull(script, "the system property socialmap.studio.script names the script under test");
		assertTrue(Files.isExecutable(Path.of(script)), script + " is not executable: is the studio product materialized?");
		return Path.of(script);
	}

	/**
	 * The first line of standard output that matches, and how long after the start it came; empty
	 * when the studio ends or the timeout passes first.
	 */
	Optional<TimedLine> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
		CompletableFuture<Optional<String>> found = CompletableFuture.supplyAsync(() -> {
			try {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (wanted.test(line)) {
						return Optional.of(line);
					}
				}
				return Optional.empty();
			} catch (IOException e) {
				return Optional.empty();
			}
		});
		try {
			return found.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
					.map(line -> new TimedLine(line, Duration.ofNanos(System.nanoTime() - startNanos)));
		} catch (TimeoutException e) {
			return Optional.empty();
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The workbench's error log: {@code .metadata/.log} of the workspace. */
	Path errorLog() {
		return workspace.resolve(".metadata/.log");
	}

	/** The entries the workbench logged as errors (severity 4) in {@link #errorLog()}, each with its message line. */
	List<String> loggedErrors() throws IOException {
		Path log = errorLog();
		if (!Files.exists(log)) {
			return List.of();
		}
		return List.of(Files.readString(log, StandardCharsets.UTF_8).split("(?m)^(?=!ENTRY )")).stream()
				.filter(entry -> entry.matches("(?s)!ENTRY \\S+ 4 .*"))
				.toList();
	}

	@Override
	public void close() throws InterruptedException {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	record TimedLine(String line, Duration afterStart) {
	}
}
