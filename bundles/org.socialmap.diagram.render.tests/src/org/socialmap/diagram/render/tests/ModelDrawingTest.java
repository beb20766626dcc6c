package org.socialmap.diagram.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.catalog.Catalogs;
import org.socialmap.diagram.render.DiagramKind;
import org.socialmap.diagram.render.ModelDrawing;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.tests.common.ExampleModels;
import org.w3c.dom.Document;

/** The example's diagrams drawn by the client in headless Chromium, as `socialmap render` draws them. */
class ModelDrawingTest {

	private static final String EXAMPLE = "social-media-in-azienda.socialmap";

	@TempDir
	static Path folder;

	private static ModelDrawing drawing;

	@BeforeAll
	static void start() throws IOException {
		Path model = folder.resolve(EXAMPLE);
		Files.write(model, ExampleModels.all().get(EXAMPLE));
		drawing = ModelDrawing.start(ModelDocument.open(model, ModelServices.installed(), ModelAccess.locked()),
				Catalogs.registry(), ModelDrawing.PATIENCE);
	}

	@AfterAll
	static void stop() throws IOException {
		drawing.close();
	}

	@Test
	void theMapIsASelfContainedSvgWithThePresencesAndTheirIcons() throws Exception {
		String svg = drawing.svg("officina", DiagramKind.MAP);
		Document document = parse(svg);
		assertEquals("svg", document.getDocumentElement().getLocalName());
		for (String name : new String[] { "Facebook page", "YouTube channel", "Company website" }) {
			assertTrue(svg.contains(name), name + " is drawn");
		}
		assertTrue(svg.contains("data:image/svg+xml"), "platform icons are inlined");
		assertFalse(svg.contains("/icons/"), "nothing is loaded from the server");
	}

	@Test
	void theTeamShowsItsMembers() throws Exception {
		String svg = drawing.svg("officina", DiagramKind.TEAM);
		parse(svg);
		assertTrue(svg.contains("Chiara"), svg.length() + " characters without Chiara");
	}

	@Test
	void aPngIsTheSameDrawingRasterised() throws Exception {
		byte[] png = drawing.png("officina", DiagramKind.MAP);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
		ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
		assertTrue(header.getInt() > 100 && header.getInt() > 100, "a picture, not an empty canvas");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
