package org.socialmap.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.osgi.framework.Bundle;

/** Resolves catalog icons inside the contributing bundle and checks that each is a small SVG or PNG image. */
public final class BundleIconResolver implements IconResolver {

	static final int MAX_ICON_BYTES = 256 * 1024;
	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final Bundle bundle;

	public BundleIconResolver(Bundle bundle) {
		this.bundle = bundle;
	}

	@Override
	public URL resolve(String path) throws InvalidIconException {
		URL url = bundle.getEntry(path);
		if (url == null) {
			throw new InvalidIconException("does not exist in bundle " + bundle.getSymbolicName());
		}
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
		} catch (IOException e) {
			throw new InvalidIconException("cannot be read: " + e.getMessage());
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
			throw new InvalidIconException("is not well-formed SVG: " + e.getMessage());
		}
		throw new InvalidIconException("is not an SVG image (its root element is not <svg>)");
	}
}
