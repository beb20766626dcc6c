package org.socialmap.diagram.render.chromium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

/**
 * A headless Chromium of its own (a fresh profile in a private temporary folder), driven through
 * the DevTools protocol over pipes. Used to draw diagrams with the very client the editors show.
 */
public final class HeadlessChromium implements AutoCloseable {

	// Chromium otherwise contacts Google's update and account hosts at start, which a closed network refuses.
	private static final List<String> QUIET_HEADLESS = List.of("--headless", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
			"--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
			"--remote-debugging-pipe");

	private final Process process;
	private final Path folder;
	private final DevToolsPipe pipe;
	private final Duration patience;

	private HeadlessChromium(Process process, Path folder, DevToolsPipe pipe, Duration patience) {
		this.process = process;
		this.folder = folder;
		this.pipe = pipe;
		this.patience = patience;
		process.onExit().thenAccept(gone -> pipe.fail("Chromium stopped (exit code " + gone.exitValue() + ")"));
	}

	/**
	 * Starts Chromium; every later step fails with a {@link ChromiumException} when Chromium has not
	 * answered within {@code patience}.
	 */
	public static HeadlessChromium start(Duration patience) throws ChromiumException {
		Path executable = ChromiumExecutable.find();
		Path folder = null;
		try {
			folder = Files.createTempDirectory("socialmap-chromium-");
			Path commands = fifo(folder.resolve("commands"));
			Path answers = fifo(folder.resolve("answers"));
			List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
					"exec \"$0\" \"$@\" 3<\"$SOCIALMAP_COMMANDS\" 4>\"$SOCIALMAP_ANSWERS\"", executable.toString()));
			command.addAll(QUIET_HEADLESS);
			command.add("--user-data-dir=" + folder.resolve("profile"));
			if ("root".equals(System.getProperty("user.name"))) {
				command.add("--no-sandbox"); // Chromium refuses to run as root in its sandbox
			}
			command.add("about:blank");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(folder.resolve("chromium.log").toFile());
			builder.environment().put("SOCIALMAP_COMMANDS", commands.toString());
			builder.environment().put("SOCIALMAP_ANSWERS", answers.toString());
			DevToolsPipe pipe = new DevToolsPipe(commands, answers);
			Process process;
			try {
				process = builder.start();
			} catch (IOException e) {
				pipe.close();
				throw e;
			}
			HeadlessChromium chromium = new HeadlessChromium(process, folder, pipe, patience);
			try {
				chromium.await("starting", pipe.send("Browser.getVersion", new JsonObject(), null));
			} catch (ChromiumException e) {
				chromium.close();
				throw e;
			}
			return chromium;
		} catch (IOException e) {
			deleteQuietly(folder);
			throw new ChromiumException("Chromium could not be started from " + executable + ": " + e.getMessage(), e);
		}
	}

	/** A new page of {@code width} x {@code height} CSS pixels showing {@code url} once it has loaded. */
	public BrowserPage open(String url, int width, int height) throws ChromiumException {
		JsonObject target = new JsonObject();
		target.addProperty("url", "about:blank");
		String targetId = await("Target.createTarget", pipe.send("Target.createTarget", target, null)).get("targetId")
				.getAsString();
		JsonObject attach = new JsonObject();
		attach.addProperty("targetId", targetId);
		attach.addProperty("flatten", true);
		String sessionId = await("Target.attachToTarget", pipe.send("Target.attachToTarget", attach, null))
				.get("sessionId").getAsString();
		BrowserPage page = new BrowserPage(this, targetId, sessionId);
		page.resize(width, height);
		page.navigate(url);
		return page;
	}

	CompletableFuture<JsonObject> send(String method, JsonObject params, String sessionId) {
		return pipe.send(method, params, sessionId);
	}

	CompletableFuture<JsonObject> nextEvent(String method, String sessionId) {
		return pipe.nextEvent(method, sessionId);
	}

	JsonObject await(String what, CompletableFuture<JsonObject> answer) throws ChromiumException {
		try {
			return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new ChromiumException("Chromium did not finish " + what + " within " + patience.toSeconds() + " s");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ChromiumException chromium) {
				throw new ChromiumException(chromium.getMessage() + logTail(), chromium);
			}
			throw new ChromiumException("Chromium failed during " + what + ": " + e.getCause().getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChromiumException("interrupted while Chromium was busy with " + what);
		}
	}

	/** Stops Chromium and removes its profile. */
	@Override
	public void close() {
		pipe.send("Browser.close", new JsonObject(), null);
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			pipe.close();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		} catch (IOException e) {
			// the pipes are gone with Chromium: nothing is left to release
		}
		deleteQuietly(folder);
	}

	/** The last lines Chromium printed, for an error that Chromium itself may explain. */
	private String logTail() {
		if (process.isAlive()) {
			return "";
		}
		try (Stream<String> lines = Files.lines(folder.resolve("chromium.log"))) {
			List<String> all = lines.filter(line -> !line.isBlank()).toList();
			return all.isEmpty() ? "" : "; it said: " + String.join(" / ", all.subList(Math.max(0, all.size() - 3), all.size()));
		} catch (IOException | java.io.UncheckedIOException e) {
			return "";
		}
	}

	private static Path fifo(Path path) throws IOException {
		try {
			Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", path.toString()).redirectErrorStream(true).start();
			if (mkfifo.waitFor() != 0) {
				throw new IOException("mkfifo could not create " + path);
			}
			return path;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while creating " + path, e);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException | java.io.UncheckedIOException e) {
			// a temporary folder left behind is harmless; the system cleans its temporary files
		}
	}
}
