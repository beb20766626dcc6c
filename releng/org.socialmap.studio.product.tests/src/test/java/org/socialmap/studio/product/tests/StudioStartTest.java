package org.socialmap.studio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built studio started as a user starts it, on the article's example. */
class StudioStartTest {

	/** Far above a cold start (about 10 s), so that only a studio that never gets there fails. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	Path home;

	@Test
	void reachesTheWorkbenchWithTheExampleAndItsMapOpenAndNoErrorLogged() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the studio needs a display: run the build under xvfb-run (releng/scripts/build-and-test does)");
		Path example = RunningStudio.copyOfTheExample(home);

		try (RunningStudio studio = RunningStudio.start(home, example.toString())) {
			String opened = "socialmap-studio: opened " + example + " in org.socialmap.ui.editor (";
			Optional<RunningStudio.TimedLine> line = studio.awaitLine(candidate -> candidate.startsWith(opened), START_TIMEOUT);
			assertTrue(line.isPresent(), "the studio did not say '" + opened + "...'; its stderr:\n" + stderr());

			String drawn = "socialmap-studio: drew the map of " + example + " (";
			Optional<RunningStudio.TimedLine> map = studio.awaitLine(candidate -> candidate.startsWith(drawn), START_TIMEOUT);
			assertTrue(map.isPresent(), "the studio did not say '" + drawn + "...'; its stderr:\n" + stderr());
			System.out.println("Socialmap Studio: the example's map drawn " + map.get().afterStart().toMillis() + " ms after the script started");
			assertEquals(List.of(), studio.loggedErrors(), "errors in " + studio.errorLog());
		}
	}

	@Test
	void withoutADisplayItSaysSoAndPointsToTheCommandLine() throws IOException, InterruptedException {
		String script = System.getProperty("socialmap.studio.script");
		ProcessBuilder builder = new ProcessBuilder(script).redirectErrorStream(true);
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		builder.environment().put("HOME", home.toString());
		Process process = builder.start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));

		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(2, process.exitValue());
		assertTrue(output.contains("no display") && output.contains("socialmap command line"), output);
	}

	private String stderr() throws IOException {
		Path stderr = home.resolve("stderr.txt");
		return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
	}
}
