package org.socialmap.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The websocket and the API answer only a page of this server that shows the session token: a
 * foreign Origin, a missing or a wrong token get 403 with a sentence saying why.
 */
class AccessTest {

	@TempDir
	static Path folder;
	private static RunningServer running;

	@BeforeAll
	static void start() throws Exception {
		running = RunningServer.start(folder);
	}

	@AfterAll
	static void stop() throws Exception {
		running.close();
	}

	@Test
	void sessionApiAnswersWithTheToken() throws Exception {
		HttpResponse<String> answer = Http.get(api("?token=" + running.server.token()));
		assertEquals(200, answer.statusCode(), answer.body());
		assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
		JsonObject session = JsonParser.parseString(answer.body()).getAsJsonObject();
		assertEquals(RunningServer.EXAMPLE, session.get("file").getAsString());
		assertEquals(running.model.toAbsolutePath().toUri().getPath(),
				URI.create(session.get("sourceUri").getAsString()).getPath());
		JsonObject firstClient = session.getAsJsonArray("clients").get(0).getAsJsonObject();
		assertTrue(firstClient.has("id") && firstClient.has("name"), session.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:%d", "http://localhost:%d" })
	void sessionApiAnswersItsOwnPages(String origin) throws Exception {
		HttpResponse<String> answer = Http.get(api("?token=" + running.server.token()), "Origin",
				origin.formatted(running.server.port()));
		assertEquals(200, answer.statusCode(), answer.body());
	}

	@Test
	void sessionApiRefusesAMissingToken() throws Exception {
		assertRefused(Http.get(api("")), "token is missing");
	}

	@Test
	void sessionApiRefusesAnEmptyToken() throws Exception {
		assertRefused(Http.get(api("?token=")), "token is missing");
	}

	@Test
	void sessionApiRefusesAWrongToken() throws Exception {
		assertRefused(Http.get(api("?token=" + otherToken())), "token is wrong");
	}

	@Test
	void sessionApiRefusesATokenGivenTwice() throws Exception {
		String token = running.server.token();
		assertRefused(Http.get(api("?token=" + token + "&token=" + token)), "token is missing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://evil.example", "http://127.0.0.1:1", "https://127.0.0.1:%d", "null",
			"http://127.0.0.1.evil.example:%d" })
	void sessionApiRefusesForeignOrigins(String origin) throws Exception {
		assertRefused(Http.get(api("?token=" + running.server.token()), "Origin", origin.formatted(running.server.port())),
				"another origin");
	}

	@Test
	void websocketRefusesAMissingToken() {
		assertHandshakeRefused(URI.create("ws://127.0.0.1:" + running.server.port() + "/socialmap"), running.ownOrigin());
	}

	@Test
	void websocketRefusesAWrongToken() {
		assertHandshakeRefused(URI.create(running.server.websocketUri().toString().replace(running.server.token(),
				otherToken())), running.ownOrigin());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://evil.example", "http://localhost:1" })
	void websocketRefusesForeignOrigins(String origin) {
		assertHandshakeRefused(running.server.websocketUri(), origin);
	}

	@Test
	void websocketOpensForItsOwnPage() throws Exception {
		try (GlspSocket socket = GlspSocket.open(running.server.websocketUri(), "http://localhost:" + running.server.port())) {
			// opening is the test
		}
	}

	private static URI api(String query) {
		return URI.create("http://127.0.0.1:" + running.server.port() + "/api/session" + query);
	}

	/** A token of the right form that is not this session's. */
	private static String otherToken() {
		String token = running.server.token();
		return (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
	}

	private static void assertRefused(HttpResponse<String> answer, String reason) {
		assertEquals(403, answer.statusCode(), answer.body());
		assertTrue(answer.body().contains(reason), answer.body());
	}

	private static void assertHandshakeRefused(URI uri, String origin) {
		ExecutionException failure = assertThrows(ExecutionException.class, () -> GlspSocket.open(uri, origin).close());
		WebSocketHandshakeException refused = assertInstanceOf(WebSocketHandshakeException.class, failure.getCause());
		assertEquals(403, refused.getResponse().statusCode());
	}
}
