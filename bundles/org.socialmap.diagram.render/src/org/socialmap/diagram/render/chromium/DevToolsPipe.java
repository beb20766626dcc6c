package org.socialmap.diagram.render.chromium;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/**
 * The Chrome DevTools protocol over the two named pipes of {@code --remote-debugging-pipe}: Chromium
 * reads commands from one and writes answers and events to the other, each message ending with a NUL.
 * A pipe, unlike {@code --remote-debugging-port}, opens no socket that another local program could use.
 */
final class DevToolsPipe implements AutoCloseable {

	private record EventWaiter(String method, String sessionId, CompletableFuture<JsonObject> event) {
	}

	private final RandomAccessFile commands;
	private final Path answers;
	private final Thread reader;
	private final AtomicInteger lastId = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
	private final List<EventWaiter> waiters = new CopyOnWriteArrayList<>();
	private volatile String failure;

	/**
	 * Opens the commands pipe read-write, which on Linux returns at once instead of waiting for
	 * Chromium to open the other end; the answers pipe is opened by the reader thread.
	 */
	DevToolsPipe(Path commandsPipe, Path answersPipe) throws IOException {
		this.commands = new RandomAccessFile(commandsPipe.toFile(), "rw");
		this.answers = answersPipe;
		this.reader = new Thread(this::readAnswers, "chromium-devtools-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Sends one command; the future completes with its {@code result}, or fails with Chromium's error. */
	CompletableFuture<JsonObject> send(String method, JsonObject params, String sessionId) {
		int id = lastId.incrementAndGet();
		CompletableFuture<JsonObject> answer = new CompletableFuture<>();
		String reason = failure;
		if (reason != null) {
			answer.completeExceptionally(new ChromiumException(reason));
			return answer;
		}
		pending.put(id, answer);
		JsonObject message = new JsonObject();
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		if (sessionId != null) {
			message.addProperty("sessionId", sessionId);
		}
		try {
			synchronized (commands) {
				commands.write(message.toString().getBytes(StandardCharsets.UTF_8));
				commands.write(0);
			}
		} catch (IOException e) {
			pending.remove(id);
			answer.completeExceptionally(new ChromiumException("Chromium does not take commands any more", e));
		}
		return answer;
	}

	/** The next event {@code method} of the session; ask before the command that causes it. */
	CompletableFuture<JsonObject> nextEvent(String method, String sessionId) {
		CompletableFuture<JsonObject> event = new CompletableFuture<>();
		waiters.add(new EventWaiter(method, sessionId, event));
		return event;
	}

	/** Fails every command and event still awaited, and every later one, with {@code reason}. */
	void fail(String reason) {
		failure = reason;
		pending.values().forEach(answer -> answer.completeExceptionally(new ChromiumException(reason)));
		pending.clear();
		waiters.forEach(waiter -> waiter.event().completeExceptionally(new ChromiumException(reason)));
		waiters.clear();
	}

	@Override
	public void close() throws IOException {
		commands.close();
		// A reader still waiting to open the answers pipe (Chromium never opened it) is let through
		// by a writer that comes and goes, and then reads the end of the pipe.
		try (RandomAccessFile release = new RandomAccessFile(answers.toFile(), "rw")) {
			release.getFD();
		}
		try {
			reader.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void readAnswers() {
		try (InputStream in = new BufferedInputStream(new FileInputStream(answers.toFile()))) {
			ByteArrayOutputStream message = new ByteArrayOutputStream();
			for (int b = in.read(); b >= 0; b = in.read()) {
				if (b == 0) {
					dispatch(message.toString(StandardCharsets.UTF_8));
					message.reset();
				} else {
					message.write(b);
				}
			}
			fail("Chromium closed its DevTools pipe");
		} catch (IOException e) {
			fail("Chromium's DevTools pipe could not be read: " + e.getMessage());
		}
	}

	private void dispatch(String text) {
		JsonObject message;
		try {
			message = JsonParser.parseString(text).getAsJsonObject();
		} catch (JsonSyntaxException | IllegalStateException e) {
			return; // not a protocol message: nothing waits for it
		}
		if (message.has("id")) {
			answer(message);
		} else if (message.has("method")) {
			event(message);
		}
	}

	private void answer(JsonObject message) {
		CompletableFuture<JsonObject> answer = pending.remove(message.get("id").getAsInt());
		if (answer == null) {
			return;
		}
		if (message.has("error")) {
			JsonObject error = message.getAsJsonObject("error");
			answer.completeExceptionally(new ChromiumException("Chromium refused a command: " + text(error, "message")));
		} else {
			answer.complete(message.has("result") ? message.getAsJsonObject("result") : new JsonObject());
		}
	}

	private void event(JsonObject message) {
		String method = message.get("method").getAsString();
		String sessionId = text(message, "sessionId");
		for (EventWaiter waiter : waiters) {
			if (waiter.method().equals(method) && waiter.sessionId().equals(sessionId) && waiters.remove(waiter)) {
				waiter.event().complete(message.has("params") ? message.getAsJsonObject("params") : new JsonObject());
			}
		}
	}

	private static String text(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value == null || value.isJsonNull() ? "" : value.getAsString();
	}
}
