package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code socialmap serve} on the shipped example, as a user runs it: it prints the page and websocket
 * addresses, the session API answers with the token and refuses without it, and Ctrl+C (SIGINT) stops
 * it with exit code 0.
 */
class ServeCommandTest extends InstalledScriptTest {

	private static final Pattern PAGE = Pattern.compile("http://127\\.0\\.0\\.1:([0-9]+)/\\?token=([A-Za-z0-9_-]{43})");
	private static final Duration PATIENCE = Duration.ofSeconds(120);
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

	@Test
	void servesTheExampleUntilCtrlC() throws Exception {
		Path model = ExampleModels.articleMap(folder);
		Path err = folder.resolve("stderr.txt");
		Process serve = socialmap.start(err, "serve", model.toString());
		try {
			List<String> urls = firstLines(serve, 2);
			assertEquals(2, urls.size(), "two lines: " + urls);
			Matcher page = PAGE.matcher(urls.get(0));
			assertTrue(page.matches(), "the page's address first: " + urls);
			String port = page.group(1);
			String token = page.group(2);
			assertEquals("ws://127.0.0.1:" + port + "/socialmap?token=" + token, urls.get(1), "then the websocket's");

			HttpResponse<String> session = get("http://127.0.0.1:" + port + "/api/session?token=" + token);
			assertEquals(200, session.statusCode(), session.body());
			JsonObject json = JsonParser.parseString(session.body()).getAsJsonObject();
			assertEquals("social-media-in-azienda.socialmap", json.get("file").getAsString());
			assertTrue(json.getAsJsonArray("clients").size() > 0, session.body());
			assertEquals(403, get("http://127.0.0.1:" + port + "/api/session").statusCode());
			assertEquals(403, get("http://127.0.0.1:" + port + "/api/session?token=" + otherToken(token)).statusCode());
			assertPageServed(urls.get(0), err);

			new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).inheritIO().start().waitFor();
			assertTrue(serve.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "serve stops on Ctrl+C");
			String messages = Files.readString(err, StandardCharsets.UTF_8);
			assertEquals(0, serve.exitValue(), messages);
			assertTrue(messages.endsWith("Stopped.\n"), messages);
		} finally {
			serve.destroyForcibly();
		}
	}

	/**
	 * The page is the client bundle's index.html; an installation without the client bundle still
	 * serves, says so, and has no page.
	 */
	private static void assertPageServed(String pageUrl, Path err) throws Exception {
		HttpResponse<String> page = get(pageUrl);
		boolean clientInstalled;
		try (Stream<Path> plugins = Files.list(Path.of(System.getProperty("socialmap.script")).getParent().resolve("plugins"))) {
			clientInstalled = plugins.anyMatch(jar -> jar.getFileName().toString().startsWith("org.socialmap.diagram.client_"));
		}
		if (clientInstalled) {
			assertEquals(200, page.statusCode(), page.body());
			assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
		} else {
			assertEquals(404, page.statusCode(), page.body());
			assertTrue(Files.readString(err, StandardCharsets.UTF_8).contains("is not installed"));
		}
	}

	/** The first {@code count} lines the process prints (fewer if it ends first); fails after {@link #PATIENCE}. */
	private static List<String> firstLines(Process process, int count) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
			List<String> read = new ArrayList<>();
			try {
				String line;
				while (read.size() < count && (line = out.readLine()) != null) {
					read.add(line);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return read;
		});
		return lines.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
	}

	private static String otherToken(String token) {
		return (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
