package org.socialmap.catalog.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
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
 * Reads one catalog file (see {@code docs/catalogs.md} for the format and {@code schema/catalog.xsd}
 * for the same rules as an XML Schema). A file that is not a well-formed catalog fails whole; a bad
 * element is reported and skipped, the rest still loads; an unknown element or attribute is
 * reported and ignored. Problems name the line where the element concerned starts.
 */
public final class CatalogParser {

	public static final String NAMESPACE = "http://www.socialmap.org/catalog/1.0";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/** The attributes each element may have; the schema says the same. */
	private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
			"catalog", Set.of("id", "name"),
			"kind", Set.of("id", "name", "traits", "description"),
			"organisation-model", Set.of("id", "name", "structure", "description"),
			"platform", Set.of("id", "name", "kinds", "capabilities", "url-pattern", "icon", "status", "launched",
					"closed", "description"));

	private final String contributor;
	private final String file;
	private final IconResolver icons;
	private final List<CatalogProblem> problems = new ArrayList<>();
	private final Map<String, Integer> lines = new LinkedHashMap<>();
	/** Where the reader stood before its last event: a start tag's own location is where the tag ends. */
	private int lineBefore;

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
			throw new CatalogFormatException(line(e.getLocation()), "not a well-formed catalog: " + reason(e), e);
		}
	}

	private ParsedCatalog readCatalog(XMLStreamReader reader) throws XMLStreamException, CatalogFormatException {
		while (next(reader) != XMLStreamConstants.START_ELEMENT) {
			if (reader.getEventType() == XMLStreamConstants.DTD) {
				throw new CatalogFormatException(line(reader.getLocation()),
						"declares a DOCTYPE; catalogs never do, so it is refused and no entity in it is resolved", null);
			}
		}
		int catalogLine = lineBefore;
		if (!"catalog".equals(reader.getLocalName()) || !NAMESPACE.equals(reader.getNamespaceURI())) {
			String namespace = reader.getNamespaceURI();
			throw new CatalogFormatException(catalogLine, "not a Socialmap catalog: the root element is <"
					+ reader.getLocalName() + ">" + (namespace == null || namespace.isEmpty() ? " without a namespace"
							: " in namespace " + namespace) + ", expected <catalog> in namespace " + NAMESPACE, null);
		}
		String id = reader.getAttributeValue(null, "id");
		if (id == null || !ID.matcher(id).matches()) {
			throw new CatalogFormatException(catalogLine,
					"the catalog has no valid id (lowercase letters, digits, '.' and '-')", null);
		}
		checkAttributes(reader, catalogLine);
		String name = valueOr(reader.getAttributeValue(null, "name"), id);
		List<PlatformKind> kinds = new ArrayList<>();
		List<OrganisationModel> models = new ArrayList<>();
		List<Platform> platforms = new ArrayList<>();
		while (nextTag(reader) == XMLStreamConstants.START_ELEMENT) {
			int line = lineBefore;
			String element = reader.getLocalName();
			String elementId = reader.getAttributeValue(null, "id");
			if (!ATTRIBUTES.containsKey(element) || element.equals("catalog") || !NAMESPACE.equals(reader.getNamespaceURI())) {
				warning(line, "unknown element <" + element + "> ignored");
			} else if (elementId == null || !ID.matcher(elementId).matches()) {
				error(line, "<" + element + "> has no valid id ('" + elementId + "'); skipped");
			} else if (lines.containsKey(ParsedCatalog.key(element, elementId))) {
				error(line, "<" + element + " id='" + elementId + "'> appears twice in this file (first at line "
						+ lines.get(ParsedCatalog.key(element, elementId)) + "); the second is skipped");
			} else {
				lines.put(ParsedCatalog.key(element, elementId), line);
				checkAttributes(reader, line);
				switch (element) {
					case "kind" -> readKind(reader, line, elementId, id, kinds);
					case "organisation-model" -> readOrganisationModel(reader, line, elementId, id, models);
					default -> readPlatform(reader, line, elementId, id, platforms);
				}
			}
			skipToEndOf(reader, element);
		}
		return new ParsedCatalog(id, name, kinds, models, platforms, List.copyOf(problems), lines);
	}

	/** Attributes outside the format are ignored, but said: a misspelt one would otherwise lose its value unseen. */
	private void checkAttributes(XMLStreamReader reader, int line) {
		Set<String> known = ATTRIBUTES.get(reader.getLocalName());
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String namespace = reader.getAttributeNamespace(i);
			String attribute = reader.getAttributeLocalName(i);
			if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace)) {
				continue; // xsi:schemaLocation and the like, for editors
			}
			if ((namespace != null && !namespace.isEmpty()) || !known.contains(attribute)) {
				warning(line, "<" + reader.getLocalName() + "> has unknown attribute '" + reader.getAttributeName(i)
						+ "', ignored; it may have " + known.stream().sorted().toList());
			}
		}
	}

	private void readKind(XMLStreamReader reader, int line, String id, String catalogId, List<PlatformKind> kinds) {
		Set<KindTrait> traits = EnumSet.noneOf(KindTrait.class);
		for (String word : words(reader.getAttributeValue(null, "traits"))) {
			KindTrait.fromId(word).ifPresentOrElse(traits::add,
					() -> warning(line, "kind '" + id + "': unknown trait '" + word + "' ignored"));
		}
		kinds.add(new PlatformKind(id, valueOr(reader.getAttributeValue(null, "name"), id),
				reader.getAttributeValue(null, "description"), traits, catalogId));
	}

	private void readOrganisationModel(XMLStreamReader reader, int line, String id, String catalogId,
			List<OrganisationModel> models) {
		String structure = reader.getAttributeValue(null, "structure");
		OrganisationStructure shape = structure == null ? null : OrganisationStructure.get(structure);
		if (shape == null) {
			error(line, "organisation model '" + id + "' has structure '" + structure + "', which is none of "
					+ OrganisationStructure.VALUES.stream().map(OrganisationStructure::getLiteral).toList() + "; skipped");
			return;
		}
		models.add(new OrganisationModel(id, valueOr(reader.getAttributeValue(null, "name"), id), shape,
				reader.getAttributeValue(null, "description"), catalogId));
	}

	private void readPlatform(XMLStreamReader reader, int line, String id, String catalogId,
			List<Platform> platforms) {
		String name = valueOr(reader.getAttributeValue(null, "name"), id);
		List<String> kinds = words(reader.getAttributeValue(null, "kinds"));
		Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
		for (String word : words(reader.getAttributeValue(null, "capabilities"))) {
			Capability.fromId(word).ifPresentOrElse(capabilities::add,
					() -> warning(line, "platform '" + id + "': unknown capability '" + word + "' ignored"));
		}
		String statusText = valueOr(reader.getAttributeValue(null, "status"), "active");
		PlatformStatus status;
		try {
			status = PlatformStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			error(line, "platform '" + id + "': status '" + statusText + "' is neither active nor closed; skipped");
			return;
		}
		String launched = date(line, id, "launched", reader.getAttributeValue(null, "launched"));
		String closed = date(line, id, "closed", reader.getAttributeValue(null, "closed"));
		URL icon = icon(line, id, reader.getAttributeValue(null, "icon"));
		platforms.add(new Platform(id, name, kinds, capabilities, reader.getAttributeValue(null, "url-pattern"), icon,
				status, launched, closed, reader.getAttributeValue(null, "description"), catalogId));
	}

	private URL icon(int line, String platformId, String path) {
		if (path == null) {
			return null;
		}
		try {
			return icons.resolve(path);
		} catch (InvalidIconException e) {
			error(line, "platform '" + platformId + "': icon '" + path + "' " + e.getMessage()
					+ "; the platform loads without its icon");
			return null;
		}
	}

	private String date(int line, String platformId, String attribute, String value) {
		if (value != null && !DATE.matcher(value).matches()) {
			warning(line, "platform '" + platformId + "': " + attribute + " '" + value
					+ "' is not yyyy, yyyy-MM or yyyy-MM-dd; ignored");
			return null;
		}
		return value;
	}

	/** Reads to the end of the element; nothing belongs inside one, so any child is said and ignored. */
	private void skipToEndOf(XMLStreamReader reader, String element) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (depth == 1) {
					warning(lineBefore, "unknown element <" + reader.getLocalName() + "> inside <" + element + "> ignored");
				}
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private int next(XMLStreamReader reader) throws XMLStreamException {
		lineBefore = line(reader.getLocation());
		return reader.next();
	}

	/** As {@link XMLStreamReader#nextTag()}, keeping {@link #lineBefore} the line where the tag starts. */
	private int nextTag(XMLStreamReader reader) throws XMLStreamException {
		int event = next(reader);
		while (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION
				|| event == XMLStreamConstants.SPACE || (event == XMLStreamConstants.CHARACTERS && reader.isWhiteSpace())) {
			event = next(reader);
		}
		if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
			throw new XMLStreamException("text outside the elements", reader.getLocation());
		}
		return event;
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

	private void error(int line, String message) {
		problems.add(new CatalogProblem(Severity.ERROR, contributor, file, line, message));
	}

	private void warning(int line, String message) {
		problems.add(new CatalogProblem(Severity.WARNING, contributor, file, line, message));
	}

	private static int line(Location location) {
		return location == null ? 0 : Math.max(0, location.getLineNumber());
	}

	/** The parser's own words without its location prefix, which the problem's line already gives. */
	private static String reason(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int detail = message.indexOf("Message: ");
		return detail < 0 ? message : message.substring(detail + "Message: ".length());
	}
}
