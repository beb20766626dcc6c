package org.socialmap.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Socialmap Studio as a user starts it (the materialized product's {@code socialmap-studio} script,
 * each run in a new copy of the studio with a new home and workspace, so from cold caches): the
 * time from the script's start to the example's map drawn, and for a 1,000-presence model the time
 * the studio reports for opening the tree editor and for drawing the map; for both maps, when each
 * step of drawing it ended (the map editor's {@code OpeningTimes}: Browser created, server started,
 * the page's own steps). Needs the product built and a display (xvfb-run on a server); see
 * docs/benchmarks.md.
 */
public final class StudioBenchmark {

	private static final int RUNS = 3;
	private static final Path STUDIO = Path.of(
			"../org.socialmap.studio.product/target/products/org.socialmap.studio.product/linux/gtk/x86_64/socialmap-studio/socialmap-studio");
	private static final Path EXAMPLE = Path.of("../../examples/org.socialmap.examples/models/social-media-in-azienda.socialmap");
	private static final Pattern OPENED = Pattern.compile("socialmap-studio: opened .* in org\\.socialmap\\.ui\\.editor \\((\\d+) ms\\)");
	private static final Pattern DRAWN = Pattern.compile("socialmap-studio: drew the map of .* \\((\\d+) ms\\)");
	private static final Pattern STEPS = Pattern.compile("socialmap-studio: steps of drawing the map: (.*)");
	private static final Pattern STEP = Pattern.compile("(\\w+) (\\d+) ms");
	private static final long GIVE_UP_SECONDS = 180;

	private StudioBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (!Files.isExecutable(STUDIO) || System.getenv("DISPLAY") == null) {
			System.err.println("StudioBenchmark needs the studio product built (./mvnw -B -q package -DskipTests -pl releng/org.socialmap.studio.product -am) and a display (xvfb-run).");
			System.exit(2);
		}
		Path folder = Files.createTempDirectory("socialmap-studio-benchmark");
		double[] coldStarts = new double[RUNS];
		double[] treeOpens = new double[RUNS];
		double[] mapDraws = new double[RUNS];
		Map<String, double[]> exampleSteps = new LinkedHashMap<>();
		Map<String, double[]> largeSteps = new LinkedHashMap<>();
		for (int run = 0; run < RUNS; run++) {
			Path example = Files.copy(EXAMPLE, Files.createDirectories(folder.resolve("example-" + run)).resolve(EXAMPLE.getFileName()));
			Run started = start(folder.resolve("home-example-" + run), example);
			coldStarts[run] = started.toMapDrawnMillis;
			addSteps(exampleSteps, run, started.mapSteps);
			Path large = SyntheticAgency.writeOneClient(Files.createDirectories(folder.resolve("large-" + run)).resolve("presences-1000.socialmap"), 1_000);
			Run opened = start(folder.resolve("home-large-" + run), large);
			treeOpens[run] = opened.treeMillis;
			mapDraws[run] = opened.mapMillis;
			addSteps(largeSteps, run, opened.mapSteps);
			System.out.printf(Locale.ROOT, "run %d: example's map drawn %.0f ms after the start; 1,000 presences: tree %.0f ms, map %.0f ms%n",
					run + 1, coldStarts[run], treeOpens[run], mapDraws[run]);
		}
		System.out.println("Studio cold start, script start to the example's map drawn: " + summary(coldStarts));
		System.out.println("1,000-presence model, opening the tree editor (as the studio reports it): " + summary(treeOpens));
		System.out.println("1,000-presence model, opening its map until drawn (as the studio reports it): " + summary(mapDraws));
		printSteps("the example's map", exampleSteps);
		printSteps("the 1,000-presence map", largeSteps);
	}

	/** How long after the map editor began each step ended (DiagramEditor's OpeningTimes), per run. */
	private record Run(double toMapDrawnMillis, double treeMillis, double mapMillis, Map<String, Long> mapSteps) {
	}

	private static void addSteps(Map<String, double[]> steps, int run, Map<String, Long> ofRun) {
		ofRun.forEach((step, millis) -> steps.computeIfAbsent(step, name -> new double[RUNS])[run] = millis);
	}

	private static void printSteps(String map, Map<String, double[]> steps) {
		System.out.println("Steps of drawing " + map + ", ms after the editor began (median):");
		steps.forEach((step, millis) -> System.out.println("  " + step + ": " + summary(millis)));
	}

	private static Map<String, Long> parseSteps(String steps) {
		Map<String, Long> parsed = new LinkedHashMap<>();
		Matcher step = STEP.matcher(steps);
		while (step.find()) {
			parsed.put(step.group(1), Long.parseLong(step.group(2)));
		}
		return parsed;
	}

	/**
	 * Starts a new copy of the studio (the studio keeps Equinox's caches in its own folder) on
	 * {@code model} with a new home and workspace, and stops it once the map is drawn.
	 */
	private static Run start(Path home, Path model) throws IOException, InterruptedException {
		Path copy = unpackedStudio(home.resolve("studio"));
		ProcessBuilder builder = new ProcessBuilder(copy.toString(), "-data", home.resolve("workspace").toString(), model.toString());
		builder.environment().put("HOME", home.toString());
		builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
		builder.redirectError(Files.createDirectories(home).resolve("stderr.txt").toFile());
		long start = System.nanoTime();
		Process studio = builder.start();
		// a studio that never draws the map ends the run instead of hanging it
		CompletableFuture.delayedExecutor(GIVE_UP_SECONDS, TimeUnit.SECONDS).execute(studio::destroy);
		try (BufferedReader output = new BufferedReader(new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8))) {
			double tree = -1;
			double toMap = -1;
			double map = -1;
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				Matcher opened = OPENED.matcher(line);
				Matcher drawn = DRAWN.matcher(line);
				Matcher steps = STEPS.matcher(line);
				if (opened.matches()) {
					tree = Double.parseDouble(opened.group(1));
				} else if (drawn.matches()) {
					toMap = (System.nanoTime() - start) / 1e6;
					map = Double.parseDouble(drawn.group(1));
				} else if (steps.matches()) {
					return new Run(toMap, tree, map, parseSteps(steps.group(1)));
				}
			}
			throw new IOException("the studio did not draw the map of " + model + " within " + GIVE_UP_SECONDS + " s; see "
					+ home.resolve("stderr.txt") + " and the workspace's .metadata/.log");
		} finally {
			studio.descendants().forEach(ProcessHandle::destroy);
			studio.destroy();
			if (!studio.waitFor(30, TimeUnit.SECONDS)) {
				studio.destroyForcibly();
			}
		}
	}

	/** A copy of the built studio, as a user who unpacked the archive has it; returns its start script. */
	private static Path unpackedStudio(Path folder) throws IOException, InterruptedException {
		Files.createDirectories(folder.getParent());
		Process copy = new ProcessBuilder("cp", "-a", STUDIO.getParent().toString(), folder.toString()).inheritIO().start();
		if (copy.waitFor() != 0) {
			throw new IOException("could not copy the studio " + STUDIO.getParent() + " to " + folder);
		}
		return folder.resolve(STUDIO.getFileName());
	}

	private static String summary(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%.0f ms median (min %.0f, max %.0f; %d runs)", sorted[sorted.length / 2], sorted[0],
				sorted[sorted.length - 1], sorted.length);
	}
}
