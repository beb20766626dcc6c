package org.socialmap.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.socialmap.catalog.internal.IconResolver.InvalidIconException;

/** Checks that a catalog icon is a small SVG or PNG image, so that no view chokes on what a plug-in ships. */
final class IconFiles {

	static final int MAX_ICON_BYTES = 256 * 1024;
	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private IconFiles() {
	}

	/** Returns the URL when the icon at it is usable; {@code path} is what the catalog wrote. */
	static URL checked(URL url, String path) throws InvalidIconException {
		byte[] content = read(url);
		String lowerCase = path.toLowerCase(Locale.ROOT);
		if (lowerCase.endsWith(".svg")) {
			checkSvg(content);
		} else if (lowerCase.endsWith(".png")) {
			if (content.length < PNG_SIGNATURE.length
					|| !Arrays.equals(Arrays.copyOf(content, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
				throw new InvalidIconException("is not a PNG image");
			}
		} else {
			throw new InvalidIconException("is neither an .svg nor a .png file");
		}
		return url;
	}

	private static byte[] read(URL url) throws InvalidIconException {
		try (InputStream in = url.openStream()) {
			byte[] content = in.readNBytes(MAX_ICON_BYTES + 1);
			if (content.length > MAX_ICON_BYTES) {
				throw new InvalidIconException("is larger than " + MAX_ICON_BYTES / 1024 + " KB");
			}
			return content;
		} catch (FileNotFoundException | NoSuchFileException e) {
			throw new InvalidIconException("does not exist");
		} catch (IOException e) {
			throw new InvalidIconException("cannot be read");
		}
	}

	private static void checkSvg(byte[] content) throws InvalidIconException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						if ("svg".equals(reader.getLocalName()) && SVG_NAMESPACE.equals(reader.getNamespaceURI())) {
							return;
						}
						break;
					}
				}
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			throw new InvalidIconException(e.getLocation() == null || e.getLocation().getLineNumber() < 0
					? "is not well-formed SVG" : "is not well-formed SVG (line " + e.getLocation().getLineNumber() + ")");
		}
		throw new InvalidIconException("is not an SVG image (its root element is not <svg>)");
	}
}
