package org.socialmap.cli.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plug-in jars written by the tests: a manifest with the headers given, and text entries. */
final class PluginJars {

	/** A plugin.xml that contributes one catalog, and that catalog: enough to be a Socialmap extension. */
	static final Map<String, String> ONE_CATALOG = Map.of("plugin.xml", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plugin>
			   <extension point="org.socialmap.catalog.catalogs">
			      <catalog file="catalog/agency.xml"/>
			   </extension>
			</plugin>
			""", "catalog/agency.xml", """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="com.agency.house" name="Agency house networks">
			  <platform id="agency-forum" name="Agency Forum" kinds="community"/>
			</catalog>
			""");

	private PluginJars() {
	}

	/** A bundle with this name and version, and the other manifest headers given. */
	static Path bundle(Path jar, String name, String version, Map<String, String> headers, Map<String, String> entries)
			throws IOException {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Bundle-ManifestVersion", "2");
		all.put("Bundle-SymbolicName", name + ";singleton:=true");
		all.put("Bundle-Version", version);
		all.putAll(headers);
		return jar(jar, all, entries);
	}

	/** Any jar: a manifest with these headers only. */
	static Path jar(Path jar, Map<String, String> headers, Map<String, String> entries) throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		headers.forEach(attributes::putValue);
		Files.createDirectories(jar.getParent());
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream bundle = new JarOutputStream(out, manifest)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				bundle.putNextEntry(new JarEntry(entry.getKey()));
				bundle.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				bundle.closeEntry();
			}
		}
		return jar;
	}
}
