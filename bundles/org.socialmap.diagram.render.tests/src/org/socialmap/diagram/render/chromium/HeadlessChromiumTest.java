package org.socialmap.diagram.render.chromium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives Debian's Chromium (installed by the test command) over the DevTools pipe. */
class HeadlessChromiumTest {

	private static HeadlessChromium chromium;

	@BeforeAll
	static void start() throws ChromiumException {
		chromium = HeadlessChromium.start(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	@Test
	void evaluatesAnExpressionOnceItsPromiseIsSettled() throws ChromiumException {
		try (BrowserPage page = chromium.open(page("<p id='p'>Officina</p><script>"
				+ "window.answer = new Promise(resolve => setTimeout(() => resolve(42), 50));</script>"), 800, 600)) {
			assertEquals(42, page.evaluate("window.answer").getAsInt());
			assertEquals("Officina", page.evaluate("document.getElementById('p').textContent").getAsString());
		}
	}

	@Test
	void aRejectedPromiseIsAnErrorInWords() throws ChromiumException {
		try (BrowserPage page = chromium.open(page("<p>x</p>"), 800, 600)) {
			ChromiumException failure = assertThrows(ChromiumException.class,
					() -> page.evaluate("Promise.reject(new Error('the diagram has no client'))"));
			assertEquals("the page failed: Error: the diagram has no client", failure.getMessage());
		}
	}

	@Test
	void aScreenshotIsAPngOfThePageSize() throws ChromiumException {
		try (BrowserPage page = chromium.open(page("<body style='background:#123456'></body>"), 640, 480)) {
			byte[] png = page.screenshot();
			assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
			ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
			assertEquals(640, header.getInt());
			assertEquals(480, header.getInt());
		}
	}

	@Test
	void aPageThatCannotBeReachedIsNamed() {
		ChromiumException failure = assertThrows(ChromiumException.class,
				() -> chromium.open("http://127.0.0.1:9/", 800, 600));
		assertTrue(failure.getMessage().startsWith("Chromium could not open http://127.0.0.1:9/: net::ERR_"),
				failure.getMessage());
	}

	private static String page(String html) {
		return "data:text/html," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
