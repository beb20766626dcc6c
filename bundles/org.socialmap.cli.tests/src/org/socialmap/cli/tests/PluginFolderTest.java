package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.socialmap.cli.plugins.PluginFolder;

class PluginFolderTest {

	@Test
	void theVariableWinsOverXdgDataHomeWhichWinsOverHome() {
		assertEquals(Path.of("/srv/plugins"), PluginFolder.of(Map.of(PluginFolder.VARIABLE, "/srv/plugins",
				"XDG_DATA_HOME", "/data", "HOME", "/home/ada")).orElseThrow().path());
		assertEquals(Path.of("/data/socialmap/plugins"),
				PluginFolder.of(Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/ada")).orElseThrow().path());
		assertEquals(Path.of("/home/ada/.local/share/socialmap/plugins"),
				PluginFolder.of(Map.of("HOME", "/home/ada")).orElseThrow().path());
		assertEquals(Optional.empty(), PluginFolder.of(Map.of()));
	}

	@Test
	void itHoldsTheReferencesToItsOwnJarsOnly() {
		PluginFolder folder = new PluginFolder(Path.of("/data/socialmap/plugins"));
		Path jar = folder.fileFor("com.agency.house", new Version(1, 2, 0));

		assertEquals(Path.of("/data/socialmap/plugins/com.agency.house_1.2.0.jar"), jar);
		assertTrue(folder.holds(PluginFolder.location(jar)));
		assertEquals(jar, folder.jarOf(PluginFolder.location(jar)));
		assertFalse(folder.holds(PluginFolder.location(Path.of("/opt/socialmap-cli/plugins/org.socialmap.cli_1.0.0.jar"))));
		assertFalse(folder.holds(PluginFolder.location(Path.of("/data/socialmap/plugins-old/a.jar"))));
	}
}
