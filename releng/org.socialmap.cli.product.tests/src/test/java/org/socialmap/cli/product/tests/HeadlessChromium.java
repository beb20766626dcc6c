package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Opens a local page in Debian's headless Chromium with every request routed to a trap on
 * 127.0.0.1 that records it and answers nothing, so a test sees what the page would fetch.
 */
final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final long TIMEOUT_SECONDS = 90;
	/** Chromium's own services, which it calls on start whatever the page; not requests of the page. */
	private static final Set<String> BROWSER_SERVICES = Set.of("update.googleapis.com", "accounts.google.com",
			"clients2.google.com", "redirector.gvt1.com", "optimizationguide-pa.googleapis.com", "www.google.com");

	/** What Chromium made of the page, and the requests the page caused. */
	record Visit(String dom, List<String> pageRequests) {
	}

	private HeadlessChromium() {
	}

	static Visit open(Path page, Path folder) throws IOException, InterruptedException {
		assertTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is needed (apt-get install chromium); releng/scripts/build-and-test installs it");
		List<String> requests = Collections.synchronizedList(new ArrayList<>());
		try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread recorder = Thread.ofPlatform().daemon().start(() -> record(trap, requests));
			Path profile = Files.createTempDirectory(folder, "chromium-profile");
			Path dom = folder.resolve("dom.html");
			Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
					"--user-data-dir=" + profile, "--proxy-server=http://127.0.0.1:" + trap.getLocalPort(),
					"--proxy-bypass-list=<-loopback>", "--dump-dom", page.toUri().toString())
					.redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				chromium.destroyForcibly();
				fail("chromium did not finish loading " + page + " within " + TIMEOUT_SECONDS + " s");
			}
			trap.close();
			recorder.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
			List<String> pageRequests = requests.stream().filter(request -> !fromBrowserService(request)).toList();
			return new Visit(Files.readString(dom, StandardCharsets.UTF_8), pageRequests);
		}
	}

	private static void record(ServerSocket trap, List<String> requests) {
		while (!trap.isClosed()) {
			try (Socket connection = trap.accept(); InputStream in = connection.getInputStream()) {
				byte[] head = in.readNBytes(1);
				byte[] rest = new byte[200];
				int read = in.read(rest);
				String line = new String(head, StandardCharsets.ISO_8859_1)
						+ new String(rest, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
				requests.add(line.lines().findFirst().orElse(""));
			} catch (IOException closed) {
				return;
			}
		}
	}

	/** "CONNECT update.googleapis.com:443 HTTP/1.1" or "GET http://host/path HTTP/1.1". */
	private static boolean fromBrowserService(String request) {
		String[] words = request.split(" ");
		if (words.length < 2) {
			return false;
		}
		String target = words[1].replaceFirst("^https?://", "");
		String host = target.split("[/:]")[0];
		return BROWSER_SERVICES.contains(host);
	}
}
