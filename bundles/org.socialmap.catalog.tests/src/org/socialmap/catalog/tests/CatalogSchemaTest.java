package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.internal.CatalogParser;
import org.socialmap.catalog.internal.ParsedCatalog;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The published schema, {@code schema/catalog.xsd} in the catalog bundle: every catalog Socialmap
 * ships passes it, and it refuses the mistakes the parser reports, at the line where the element starts.
 */
class CatalogSchemaTest {

	/** The built-in catalog and the example extender's, from the source tree (tests run in their bundle's folder). */
	private static final List<Path> SHIPPED = List.of(
			Path.of("../org.socialmap.catalog.builtin/catalog/platforms.xml"),
			Path.of("../../examples/org.socialmap.examples.catalog.regional/catalog/regional.xml"));

	private static Schema schema;

	@BeforeAll
	static void readSchema() throws SAXException {
		URL xsd = FrameworkUtil.getBundle(CatalogParser.class).getEntry("schema/catalog.xsd");
		assertNotNull(xsd, "the catalog bundle ships schema/catalog.xsd");
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		schema = factory.newSchema(xsd);
	}

	@Test
	void everyShippedCatalogIsValidAndReadsWithoutProblems() throws Exception {
		for (Path file : SHIPPED) {
			byte[] content = Files.readAllBytes(file);
			schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(content), file.toString()));
			ParsedCatalog catalog = new CatalogParser("shipped", file.toString(), path -> null)
					.parse(new ByteArrayInputStream(content));
			assertEquals(List.of(), catalog.problems(), file.toString());
		}
	}

	/** Each mistake starts on line 3 of its file; the element spans two lines so that its start line counts. */
	@ParameterizedTest
	@ValueSource(strings = {
			"<platform id=\"p\"\n  url-patern=\"https://p.example/{handle}\"/>",
			"<platform id=\"p\"\n  kind=\"photo\"/>",
			"<platfrom id=\"p\"\n  name=\"P\"/>",
			"<platform name=\"No id\"\n  kinds=\"photo\"/>",
			"<platform id=\"Bad Id\"\n  kinds=\"photo\"/>",
			"<platform id=\"p\"\n  capabilities=\"photo telepathy\"/>",
			"<platform id=\"p\"\n  status=\"retired\"/>",
			"<platform id=\"p\"\n  launched=\"last year\"/>",
			"<kind id=\"k\"\n  traits=\"telepathic\"/>",
			"<organisation-model id=\"m\"\n  structure=\"anarchy\"/>",
			"<organisation-model id=\"m\"\n  name=\"No structure\"/>",
			"<platform id=\"p\"><url\n/></platform>",
	})
	void theSchemaAndTheParserRefuseTheSameMistakes(String mistake) throws Exception {
		String text = "<catalog xmlns=\"http://www.socialmap.org/catalog/1.0\" id=\"test\">\n  <kind id=\"photo\"/>\n  "
				+ mistake + "\n</catalog>\n";

		assertThrows(SAXParseException.class, () -> validate(text), mistake);

		ParsedCatalog catalog = new CatalogParser("bundle", "catalog.xml", path -> null)
				.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(3), catalog.problems().stream().map(CatalogProblem::line).toList(),
				catalog.problems().toString());
	}

	@Test
	void anIdTwiceIsRefusedByBoth() throws Exception {
		String text = """
				<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="test">
				  <platform id="p"/>
				  <platform id="p"/>
				</catalog>
				""";
		assertThrows(SAXParseException.class, () -> validate(text));
		ParsedCatalog catalog = new CatalogParser("bundle", "catalog.xml", path -> null)
				.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertEquals("bundle/catalog.xml:3", catalog.problems().get(0).where());
	}

	private static void validate(String text) throws SAXException, IOException {
		try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
			schema.newValidator().validate(new StreamSource(in));
		}
	}
}
