package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;
import org.socialmap.cli.plugins.PluginJar;
import org.socialmap.cli.plugins.PluginRefusal;

class PluginJarTest {

	@TempDir
	Path folder;

	@Test
	void aBundleSaysItsNameVersionAndExtensionPoints() throws Exception {
		Path jar = jar(Map.of("Bundle-SymbolicName", "com.agency.house;singleton:=true", "Bundle-Version", "1.2.0.v7"),
				Map.of("plugin.xml", "<plugin><extension point=\"org.socialmap.rules.rules\"/>"
						+ "<extension point=\"org.eclipse.ui.views\"/></plugin>"));

		PluginJar plugin = PluginJar.read(jar);

		assertEquals("com.agency.house", plugin.symbolicName());
		assertEquals(new Version(1, 2, 0, "v7"), plugin.version());
		assertEquals(Set.of("org.socialmap.rules.rules", "org.eclipse.ui.views"), plugin.extensionPoints());
		assertTrue(plugin.extendsSocialmap());
	}

	@Test
	void aBundleWithoutSocialmapExtensionsDoesNotExtendIt() throws Exception {
		Path jar = jar(Map.of("Bundle-SymbolicName", "com.agency.ui"),
				Map.of("plugin.xml", "<plugin><extension point=\"org.eclipse.ui.views\"/></plugin>"));

		assertFalse(PluginJar.read(jar).extendsSocialmap());
	}

	@Test
	void whatIsNoBundleIsRefusedWithTheReason() throws Exception {
		Path library = jar(Map.of("Created-By", "a build"), Map.of());
		Path text = Files.writeString(folder.resolve("notes.jar"), "text");
		Path badVersion = jar(Map.of("Bundle-SymbolicName", "com.agency.x", "Bundle-Version", "one"), Map.of());

		assertEquals("it is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
				assertThrows(PluginRefusal.class, () -> PluginJar.read(library)).getMessage());
		assertEquals("it is not a jar (zip) file", assertThrows(PluginRefusal.class, () -> PluginJar.read(text)).getMessage());
		assertEquals("its Bundle-Version 'one' is not a version (like 1.0.0)",
				assertThrows(PluginRefusal.class, () -> PluginJar.read(badVersion)).getMessage());
	}

	@Test
	void aPluginXmlThatIsNotXmlIsRefusedAtItsLine() throws Exception {
		Path jar = jar(Map.of("Bundle-SymbolicName", "com.agency.x"), Map.of("plugin.xml", "<plugin>\n<extension>\n</plugin>"));

		assertEquals("its plugin.xml:3 is not well-formed XML, so Eclipse would ignore its extensions",
				assertThrows(PluginRefusal.class, () -> PluginJar.read(jar)).getMessage());
	}

	private Path jar(Map<String, String> headers, Map<String, String> entries) throws IOException {
		return TestJar.write(Files.createTempFile(folder, "plugin", ".jar"), headers, entries);
	}
}
