package org.socialmap.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /icons/PLATFORM.svg} serves the installed catalogs' icons, and a generic one for a platform they lack. */
class IconsTest {

	@Test
	void platformIconsComeFromTheCatalogs(@TempDir Path folder) throws Exception {
		try (RunningServer running = RunningServer.start(folder)) {
			HttpResponse<String> facebook = icon(running, "facebook");
			assertEquals(200, facebook.statusCode());
			assertEquals("image/svg+xml", facebook.headers().firstValue("Content-Type").orElse(""));
			assertTrue(facebook.body().contains("<svg"), facebook.body());

			HttpResponse<String> unknown = icon(running, "no-such-platform");
			assertEquals(200, unknown.statusCode());
			assertTrue(unknown.body().contains("Unknown platform"), unknown.body());
			assertTrue(!facebook.body().equals(unknown.body()), "facebook has an icon of its own");

			assertEquals(404, Http.get(URI.create("http://127.0.0.1:" + running.server.port() + "/icons/../secret.txt"))
					.statusCode());
		}
	}

	private static HttpResponse<String> icon(RunningServer running, String platform) throws Exception {
		return Http.get(URI.create("http://127.0.0.1:" + running.server.port() + "/icons/" + platform + ".svg"));
	}
}
