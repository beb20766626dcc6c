package org.socialmap.cli.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.osgi.framework.Version;
import org.socialmap.catalog.internal.ExtensionCatalogReader;
import org.socialmap.rules.Rules;

/**
 * What a jar says about itself before it is installed: its bundle name and version from the manifest
 * and the extension points its {@code plugin.xml} (or {@code fragment.xml}) contributes to.
 */
public record PluginJar(Path file, String symbolicName, Version version, Set<String> extensionPoints) {

	/** The extension points through which a plug-in adds to Socialmap. */
	public static final Set<String> SOCIALMAP_POINTS = Set.of(ExtensionCatalogReader.EXTENSION_POINT, Rules.EXTENSION_POINT);

	/** @throws PluginRefusal when the file is no jar or no OSGi bundle */
	public static PluginJar read(Path file) throws PluginRefusal, IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry manifestEntry = zip.getEntry("META-INF/MANIFEST.MF");
			if (manifestEntry == null) {
				throw new PluginRefusal("it is not an OSGi bundle: it has no META-INF/MANIFEST.MF");
			}
			Manifest manifest;
			try (InputStream in = zip.getInputStream(manifestEntry)) {
				manifest = new Manifest(in);
			}
			String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
			if (name == null || name.isBlank()) {
				throw new PluginRefusal("it is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
			}
			return new PluginJar(file, name.split(";")[0].strip(), version(manifest), extensionPoints(zip));
		} catch (NoSuchFileException e) {
			throw new PluginRefusal("it does not exist");
		} catch (ZipException e) {
			throw new PluginRefusal("it is not a jar (zip) file");
		}
	}

	/** Whether it adds catalogs or rules to Socialmap. */
	public boolean extendsSocialmap() {
		return extensionPoints.stream().anyMatch(SOCIALMAP_POINTS::contains);
	}

	/** "name version", as messages name a plug-in. */
	public String label() {
		return symbolicName + " " + version;
	}

	private static Version version(Manifest manifest) throws PluginRefusal {
		String value = manifest.getMainAttributes().getValue("Bundle-Version");
		try {
			return value == null ? Version.emptyVersion : Version.parseVersion(value.strip());
		} catch (IllegalArgumentException e) {
			throw new PluginRefusal("its Bundle-Version '" + value + "' is not a version (like 1.0.0)");
		}
	}

	private static Set<String> extensionPoints(ZipFile zip) throws IOException, PluginRefusal {
		ZipEntry entry = zip.getEntry("plugin.xml");
		if (entry == null) {
			entry = zip.getEntry("fragment.xml");
		}
		Set<String> points = new TreeSet<>();
		if (entry == null) {
			return points;
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("extension")) {
					String point = reader.getAttributeValue(null, "point");
					if (point != null) {
						points.add(point.strip());
					}
				}
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			throw new PluginRefusal("its " + entry.getName() + (line > 0 ? ":" + line : "")
					+ " is not well-formed XML, so Eclipse would ignore its extensions");
		}
		return points;
	}
}
