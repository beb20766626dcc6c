package org.socialmap.studio.product.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
		String script = System.getProperty("socialmap.studio.script");
		assertNotNull(script, "the system property socialmap.studio.script names the script under test");
		assertTrue(Files.isExecutable(Path.of(script)), script + " is not executable: is the studio product materialized?");
		Path workspace = home.resolve("workspace");
		ProcessBuilder builder = new ProcessBuilder(script);
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
