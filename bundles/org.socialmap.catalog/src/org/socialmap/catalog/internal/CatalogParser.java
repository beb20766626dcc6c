package org.socialmap.catalog.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.socialmap.catalog.Capability;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.KindTrait;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;
import org.socialmap.catalog.internal.IconResolver.InvalidIconException;
import org.socialmap.model.OrganisationStructure;

/**
 * Reads one catalog file (see {@code docs/catalogs.md} for the format). A file that is not a
 * well-formed catalog fails whole; a bad element is reported and skipped, the rest still loads.
 */
public final class CatalogParser {

	public static final String NAMESPACE = "http://www.socialmap.org/catalog/1.0";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private final String contributor;
	private final String file;
	private final IconResolver icons;
	private final List<CatalogProblem> problems = new ArrayList<>();

	public CatalogParser(String contributor, String file, IconResolver icons) {
		this.contributor = contributor;
		this.file = file;
		this.icons = icons;
	}

	public ParsedCatalog parse(InputStream in) throws CatalogFormatException {
		try {
			XMLStreamReader reader = secureFactory().createXMLStreamReader(in);
			try {
				return readCatalog(reader);
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			throw new CatalogFormatException(where(e.getLocation()) + "not a well-formed catalog: " + e.getMessage(), e);
		}
	}

	private ParsedCatalog readCatalog(XMLStreamReader reader) throws XMLStreamException, CatalogFormatException {
		while (reader.next() != XMLStreamConstants.START_ELEMENT) {
			if (reader.getEventType() == XMLStreamConstants.DTD) {
				throw new CatalogFormatException(where(reader.getLocation())
						+ "declares a DOCTYPE; catalogs never do, so it is refused and no entity in it is resolved", null);
			}
		}
		if (!"catalog".equals(reader.getLocalName()) || !NAMESPACE.equals(reader.getNamespaceURI())) {
			throw new CatalogFormatException("not a Socialmap catalog: the root element is {" + reader.getNamespaceURI()
					+ "}" + reader.getLocalName() + ", expected {" + NAMESPACE + "}catalog", null);
		}
		String id = reader.getAttributeValue(null, "id");
		if (id == null || !ID.matcher(id).matches()) {
			throw new CatalogFormatException("the catalog has no valid id (lowercase letters, digits, '.' and '-')", null);
		}
		String name = valueOr(reader.getAttributeValue(null, "name"), id);
		List<PlatformKind> kinds = new ArrayList<>();
		List<OrganisationModel> models = new ArrayList<>();
		List<Platform> platforms = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
			Location location = reader.getLocation();
			String element = reader.getLocalName();
			String elementId = reader.getAttributeValue(null, "id");
			if (elementId == null || !ID.matcher(elementId).matches()) {
				error(location, "<" + element + "> has no valid id ('" + elementId + "'); skipped");
			} else if (!seen.add(element + "/" + elementId)) {
				error(location, "<" + element + " id='" + elementId + "'> appears twice in this file; the second is skipped");
			} else {
				switch (element) {
					case "kind" -> readKind(reader, location, elementId, id, kinds);
					case "organisation-model" -> readOrganisationModel(reader, location, elementId, id, models);
					case "platform" -> readPlatform(reader, location, elementId, id, platforms);
					default -> error(location, "unknown element <" + element + ">; skipped");
				}
			}
			skipToEndOf(reader);
		}
		return new ParsedCatalog(id, name, kinds, models, platforms, List.copyOf(problems));
	}

	private void readKind(XMLStreamReader reader, Location location, String id, String catalogId, List<PlatformKind> kinds) {
		Set<KindTrait> traits = EnumSet.noneOf(KindTrait.class);
		for (String word : words(reader.getAttributeValue(null, "traits"))) {
			KindTrait.fromId(word).ifPresentOrElse(traits::add,
					() -> warning(location, "kind '" + id + "': unknown trait '" + word + "' ignored"));
		}
		kinds.add(new PlatformKind(id, valueOr(reader.getAttributeValue(null, "name"), id),
				reader.getAttributeValue(null, "description"), traits, catalogId));
	}

	private void readOrganisationModel(XMLStreamReader reader, Location location, String id, String catalogId,
			List<OrganisationModel> models) {
		String structure = reader.getAttributeValue(null, "structure");
		OrganisationStructure shape = structure == null ? null : OrganisationStructure.get(structure);
		if (shape == null) {
			error(location, "organisation model '" + id + "' has structure '" + structure + "', which is none of "
					+ OrganisationStructure.VALUES.stream().map(OrganisationStructure::getLiteral).toList() + "; skipped");
			return;
		}
		models.add(new OrganisationModel(id, valueOr(reader.getAttributeValue(null, "name"), id), shape,
				reader.getAttributeValue(null, "description"), catalogId));
	}

	private void readPlatform(XMLStreamReader reader, Location location, String id, String catalogId,
			List<Platform> platforms) {
		String name = valueOr(reader.getAttributeValue(null, "name"), id);
		List<String> kinds = words(reader.getAttributeValue(null, "kinds"));
		Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
		for (String word : words(reader.getAttributeValue(null, "capabilities"))) {
			Capability.fromId(word).ifPresentOrElse(capabilities::add,
					() -> warning(location, "platform '" + id + "': unknown capability '" + word + "' ignored"));
		}
		String statusText = valueOr(reader.getAttributeValue(null, "status"), "active");
		PlatformStatus status;
		try {
			status = PlatformStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			error(location, "platform '" + id + "': status '" + statusText + "' is neither active nor closed; skipped");
			return;
		}
		String launched = date(location, id, "launched", reader.getAttributeValue(null, "launched"));
		String closed = date(location, id, "closed", reader.getAttributeValue(null, "closed"));
		URL icon = icon(location, id, reader.getAttributeValue(null, "icon"));
		platforms.add(new Platform(id, name, kinds, capabilities, reader.getAttributeValue(null, "url-pattern"), icon,
				status, launched, closed, reader.getAttributeValue(null, "description"), catalogId));
	}

	private URL icon(Location location, String platformId, String path) {
		if (path == null) {
			return null;
		}
		try {
			return icons.resolve(path);
		} catch (InvalidIconException e) {
			error(location, "platform '" + platformId + "': icon '" + path + "' " + e.getMessage()
					+ "; the platform loads without its icon");
			return null;
		}
	}

	private String date(Location location, String platformId, String attribute, String value) {
		if (value != null && !DATE.matcher(value).matches()) {
			warning(location, "platform '" + platformId + "': " + attribute + " '" + value
					+ "' is not yyyy, yyyy-MM or yyyy-MM-dd; ignored");
			return null;
		}
		return value;
	}

	private static void skipToEndOf(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		return factory;
	}

	private static List<String> words(String value) {
		return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
	}

	private static String valueOr(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	private void error(Location location, String message) {
		problems.add(new CatalogProblem(Severity.ERROR, contributor, file, where(location) + message));
	}

	private void warning(Location location, String message) {
		problems.add(new CatalogProblem(Severity.WARNING, contributor, file, where(location) + message));
	}

	private static String where(Location location) {
		return location == null || location.getLineNumber() < 0 ? "" : "line " + location.getLineNumber() + ": ";
	}

}
