package org.socialmap.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's files are served with their types and without the token; no spelling of a path
 * reaches a file outside the web root (the secret lies right beside it).
 */
class StaticFilesTest {

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
	void pageIsTheIndex() throws IOException {
		String answer = get("/?token=" + running.server.token());
		assertEquals(200, Http.status(answer), answer);
		assertTrue(answer.contains(RunningServer.INDEX), answer);
		assertTrue(answer.contains("Content-Type: text/html;charset=utf-8"), answer);
	}

	@Test
	void filesHaveTheirTypes() throws IOException {
		assertTrue(get("/bundle.js").contains("Content-Type: text/javascript;charset=utf-8"));
		assertTrue(get("/css/diagram.css").contains("Content-Type: text/css;charset=utf-8"));
	}

	@Test
	void missingFilesAreNotFound() throws IOException {
		assertEquals(404, Http.status(get("/missing.js")));
		assertEquals(404, Http.status(get("/css")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/../secret.txt", "/css/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
			"/.%2e/secret.txt", "/css/%2e%2e/%2e%2e/secret.txt", "/..%2Fsecret.txt", "/css%2F..%2F..%2Fsecret.txt",
			"/%2F..%2Fsecret.txt", "/..%5csecret.txt", "/..%5Csecret.txt", "/..\\secret.txt", "/%252e%252e/secret.txt",
			"/%c0%ae%c0%ae/secret.txt", "//secret.txt", "/./../secret.txt", "/css/..;/../secret.txt" })
	void traversalNeverLeavesTheWebRoot(String path) throws IOException {
		assertNotServed(get(path));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/etc/passwd", "//etc/passwd", "/%2Fetc%2Fpasswd", "/file:/etc/passwd" })
	void absolutePathsAreNotServed(String path) throws IOException {
		String answer = get(path);
		assertNotServed(answer);
		assertFalse(answer.contains("root:"), answer);
	}

	@Test
	void absoluteFileTargetsAreNotServed() throws IOException {
		assertNotServed(Http.raw(running.server.port(), folder.resolve("secret.txt").toUri().toString()));
		assertNotServed(Http.raw(running.server.port(),
				"http://127.0.0.1:" + running.server.port() + "/../secret.txt"));
	}

	private static String get(String path) throws IOException {
		return Http.raw(running.server.port(), path);
	}

	private static void assertNotServed(String answer) {
		assertFalse(answer.contains(RunningServer.SECRET), answer);
		assertTrue(Http.status(answer) == 400 || Http.status(answer) == 404, answer);
	}
}
