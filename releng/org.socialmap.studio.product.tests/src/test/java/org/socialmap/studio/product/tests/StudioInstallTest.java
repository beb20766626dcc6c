package org.socialmap.studio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's catalog plug-in installed into Socialmap Studio from a p2 update site and removed
 * again, as docs/extending.md tells: with the p2 director the studio carries, run through the
 * studio's own script on its own p2 profile (the one Help > Install New Software... works on), in a
 * copy of the built studio. The plug-in is the example regional catalog, in its feature on
 * Socialmap's update site.
 */
class StudioInstallTest {

	private static final String FEATURE = "org.socialmap.examples.catalog.regional.feature.feature.group";
	private static final String BUNDLE = "org.socialmap.examples.catalog.regional";
	private static final String CATALOG_LINE = "catalog " + BUNDLE + " from " + BUNDLE + "/catalog/regional.xml: 6 platforms";

	/** Far above what each command takes (seconds), so that only one that hangs fails. */
	private static final Duration TIMEOUT = Duration.ofSeconds(300);

	@TempDir
	Path home;

	@Test
	void installsACatalogFeatureFromAnUpdateSiteWithTheStudiosDirectorAndRemovesIt() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench needs a display: run the build under xvfb-run (releng/scripts/build-and-test does)");
		Path studio = copyOfTheBuiltStudio();
		Path script = studio.resolve("socialmap-studio");
		String site = Path.of(System.getProperty("socialmap.site")).toUri().toString();

		StudioCommand.Finished before = catalogs(script);
		assertTrue(before.output().contains("catalog org.socialmap.catalog.builtin from "), before.output());
		assertFalse(before.output().contains(CATALOG_LINE), before.output());
		assertTrue(registryCacheHas(studio, "org.eclipse.equinox.p2.ui.sdk.install"),
				"Help > Install New Software... (org.eclipse.equinox.p2.ui.sdk.install) is not in the studio's extension registry");

		StudioCommand.Finished install = StudioCommand.run(script, home, TIMEOUT,
				"-application", "org.eclipse.equinox.p2.director", "-repository", site, "-installIU", FEATURE);
		assertEquals(0, install.exitCode(), install.output());
		assertTrue(bundlesInfo(studio).stream().anyMatch(line -> line.startsWith(BUNDLE + ",")), "no " + BUNDLE + " in bundles.info");

		StudioCommand.Finished after = catalogs(script);
		assertTrue(after.output().contains(CATALOG_LINE), after.output());
		assertTrue(after.output().contains("catalog org.socialmap.catalog.builtin from "), after.output());
		startsCleanOnTheExample(script);

		StudioCommand.Finished uninstall = StudioCommand.run(script, home, TIMEOUT,
				"-application", "org.eclipse.equinox.p2.director", "-uninstallIU", FEATURE);
		assertEquals(0, uninstall.exitCode(), uninstall.output());
		assertFalse(bundlesInfo(studio).stream().anyMatch(line -> line.startsWith(BUNDLE + ",")), BUNDLE + " still in bundles.info");
		StudioCommand.Finished removed = catalogs(script);
		assertFalse(removed.output().contains(CATALOG_LINE), removed.output());
		assertTrue(removed.output().contains("catalog org.socialmap.catalog.builtin from "), removed.output());
	}

	/** The built studio copied as a user unpacks it, so that the installation under test is the test's own. */
	private Path copyOfTheBuiltStudio() throws IOException, InterruptedException {
		Path built = RunningStudio.builtScript().getParent();
		Path copy = home.resolve("socialmap-studio");
		Process cp = new ProcessBuilder("cp", "-a", built.toString(), copy.toString()).inheritIO().start();
		assertEquals(0, cp.waitFor(), "cp -a " + built + " " + copy);
		return copy;
	}

	private StudioCommand.Finished catalogs(Path script) throws IOException, InterruptedException {
		StudioCommand.Finished catalogs = StudioCommand.run(script, home, TIMEOUT, "-application", "org.socialmap.studio.catalogs");
		assertEquals(0, catalogs.exitCode(), catalogs.output());
		return catalogs;
	}

	/**
	 * Whether the extension registry that the last run of the studio wrote to its configuration area
	 * on exit (Equinox's cache, {@code org.eclipse.core.runtime/.mainData.N}) names {@code id}: only
	 * a resolved bundle's {@code plugin.xml} gets there, so a command id there is a command the
	 * workbench registers.
	 */
	private static boolean registryCacheHas(Path studio, String id) throws IOException {
		byte[] wanted = id.getBytes(StandardCharsets.UTF_8);
		try (var files = Files.list(studio.resolve("configuration/org.eclipse.core.runtime"))) {
			for (Path file : files.filter(file -> file.getFileName().toString().startsWith(".mainData.")).toList()) {
				byte[] data = Files.readAllBytes(file);
				for (int at = 0; at + wanted.length <= data.length; at++) {
					if (Arrays.equals(data, at, at + wanted.length, wanted, 0, wanted.length)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static List<String> bundlesInfo(Path studio) throws IOException {
		return Files.readAllLines(studio.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), StandardCharsets.UTF_8);
	}

	/** The workbench, with the plug-in installed, opens the example and draws its map with no error logged. */
	private void startsCleanOnTheExample(Path script) throws Exception {
		Path example = RunningStudio.copyOfTheExample(home);
		try (RunningStudio studio = RunningStudio.start(script, home, example.toString())) {
			String drawn = "socialmap-studio: drew the map of " + example + " (";
			Optional<RunningStudio.TimedLine> map = studio.awaitLine(candidate -> candidate.startsWith(drawn), TIMEOUT);
			assertTrue(map.isPresent(), "the studio with " + BUNDLE + " did not say '" + drawn + "...'");
			assertEquals(List.of(), studio.loggedErrors(), "errors in " + studio.errorLog());
		}
	}
}
