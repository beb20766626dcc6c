package org.socialmap.diagram.server.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.socialmap.tests.common.Conditions;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A JSON-RPC client of the GLSP websocket, as the browser page is one: sends messages, keeps every answer. */
final class GlspSocket implements AutoCloseable {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private final List<JsonObject> received = new CopyOnWriteArrayList<>();
	private final WebSocket socket;

	private GlspSocket(URI uri, String origin) throws Exception {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(PATIENCE);
		if (origin != null) {
			builder.header("Origin", origin);
		}
		socket = builder.buildAsync(uri, new Collector()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
	}

	static GlspSocket open(URI uri, String origin) throws Exception {
		return new GlspSocket(uri, origin);
	}

	void send(String json) throws Exception {
		socket.sendText(json, true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
	}

	/** The first message received so far or later that {@code matches}; fails after {@link #PATIENCE}. */
	JsonObject await(Predicate<JsonObject> matches, String what) {
		Conditions.await(() -> first(matches).isPresent(), PATIENCE, what);
		return first(matches).orElseThrow();
	}

	private Optional<JsonObject> first(Predicate<JsonObject> matches) {
		return received.stream().filter(matches).findFirst();
	}

	@Override
	public void close() throws Exception {
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
	}

	/** Joins the parts of each text message and parses it. */
	private final class Collector implements WebSocket.Listener {
		private final StringBuilder message = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			message.append(data);
			if (last) {
				received.add(JsonParser.parseString(message.toString()).getAsJsonObject());
				message.setLength(0);
			}
			webSocket.request(1);
			return null;
		}
	}
}
