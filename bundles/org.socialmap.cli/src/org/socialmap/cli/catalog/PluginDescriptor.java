package org.socialmap.cli.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Manifest;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.internal.ExtensionCatalogReader;

/**
 * What a plug-in's folder (or unpacked jar) says about its catalogs: its symbolic name from
 * {@code META-INF/MANIFEST.MF} and the {@code <catalog>} contributions of its {@code plugin.xml}
 * or {@code fragment.xml}, with what Socialmap would silently skip in them.
 */
record PluginDescriptor(String symbolicName, List<Contribution> catalogs, List<Note> notes) {

	/** One {@code <catalog file=... priority=...>}. */
	record Contribution(String file, int priority) {
	}

	/** Something wrong in the manifest or the extensions, at a file of the plug-in and a line (0: none). */
	record Note(Severity severity, String file, int line, String message) {
	}

	static final String MANIFEST = "META-INF/MANIFEST.MF";

	/** Whether the folder is a plug-in's, that is holds a manifest. */
	static boolean isPlugin(Path folder) {
		return Files.isRegularFile(folder.resolve(MANIFEST));
	}

	/** {@code fallbackName} names the plug-in when its manifest does not. */
	static PluginDescriptor read(Path root, String fallbackName) throws IOException {
		List<Note> notes = new ArrayList<>();
		String name = symbolicName(root, notes);
		List<Contribution> catalogs = new ArrayList<>();
		String extensions = Files.isRegularFile(root.resolve("fragment.xml")) ? "fragment.xml" : "plugin.xml";
		try (InputStream in = Files.newInputStream(root.resolve(extensions))) {
			readExtensions(in, extensions, catalogs, notes);
		} catch (NoSuchFileException e) {
			notes.add(new Note(Severity.ERROR, extensions, 0,
					"there is no plugin.xml (nor fragment.xml), so the plug-in contributes no catalog"));
		}
		return new PluginDescriptor(name == null ? fallbackName : name, catalogs, notes);
	}

	private static String symbolicName(Path root, List<Note> notes) throws IOException {
		try (InputStream in = Files.newInputStream(root.resolve(MANIFEST))) {
			String value = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
			if (value != null && !value.isBlank()) {
				return value.split(";")[0].strip();
			}
			notes.add(new Note(Severity.ERROR, MANIFEST, 0, "has no Bundle-SymbolicName, so it is not a plug-in"));
		} catch (NoSuchFileException e) {
			notes.add(new Note(Severity.ERROR, MANIFEST, 0, "is missing, so this is not a plug-in"));
		}
		return null;
	}

	private static void readExtensions(InputStream in, String file, List<Contribution> catalogs, List<Note> notes)
			throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		String point = null;
		int found = 0;
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("extension")) {
					point = reader.getAttributeValue(null, "point");
					int pointLine = reader.getLocation().getLineNumber();
					if (point != null && !point.equals(ExtensionCatalogReader.EXTENSION_POINT)
							&& point.toLowerCase(Locale.ROOT).contains("catalog")) {
						notes.add(new Note(Severity.ERROR, file, pointLine, "extension point '" + point + "' is not "
								+ ExtensionCatalogReader.EXTENSION_POINT + ", so Socialmap never reads the catalogs under it"));
					}
				} else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("catalog")
						&& ExtensionCatalogReader.EXTENSION_POINT.equals(point)) {
					found++;
					contribution(reader, file, catalogs, notes);
				} else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("extension")) {
					point = null;
				}
			}
		} catch (XMLStreamException e) {
			notes.add(new Note(Severity.ERROR, file, e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
					"is not well-formed XML, so Eclipse ignores the plug-in's extensions"));
			return;
		}
		if (found == 0 && notes.stream().noneMatch(note -> note.file().equals(file))) {
			notes.add(new Note(Severity.ERROR, file, 0,
					"has no <catalog> in an extension of " + ExtensionCatalogReader.EXTENSION_POINT));
		}
	}

	private static void contribution(XMLStreamReader reader, String file, List<Contribution> catalogs, List<Note> notes) {
		int line = reader.getLocation().getLineNumber();
		String catalogFile = reader.getAttributeValue(null, "file");
		String priority = reader.getAttributeValue(null, "priority");
		if (catalogFile == null || catalogFile.isBlank()) {
			notes.add(new Note(Severity.ERROR, file, line, "a <catalog> names no file; Socialmap skips it"));
			return;
		}
		try {
			catalogs.add(new Contribution(catalogFile.strip(), ExtensionCatalogReader.priority(priority)));
		} catch (NumberFormatException e) {
			notes.add(new Note(Severity.ERROR, file, line,
					"priority '" + priority + "' of " + catalogFile + " is not a whole number; Socialmap skips that catalog"));
		}
	}
}
