package org.socialmap.cli.tests;

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

/** Jars the tests write: a manifest with the headers given, and text entries. */
final class TestJar {

	private TestJar() {
	}

	/** A bundle named so, at version 1.0.0. */
	static Path bundle(Path jar, String symbolicName, Map<String, String> entries) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Bundle-ManifestVersion", "2");
		headers.put("Bundle-SymbolicName", symbolicName + ";singleton:=true");
		headers.put("Bundle-Version", "1.0.0");
		return write(jar, headers, entries);
	}

	static Path write(Path jar, Map<String, String> headers, Map<String, String> entries) throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		headers.forEach(attributes::putValue);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new JarEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return jar;
	}
}
