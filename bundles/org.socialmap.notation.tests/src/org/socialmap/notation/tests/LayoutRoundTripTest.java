package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.io.AtomicFileResource;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.io.OpenedLayout;
import org.socialmap.notation.lookup.LayoutLookup;

/** A layout file is written in one stable, diff-friendly form: what is read back writes the same bytes. */
class LayoutRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void aLayoutReadBackWritesTheSameBytes() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		saveSampleLayout(model);
		byte[] saved = Files.readAllBytes(LayoutFiles.layoutPathFor(model));

		OpenedLayout reopened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(), reopened.warnings());
		assertArrayEquals(saved, bytesOf(reopened.layout()));
	}

	@Test
	void theFileHoldsOneAttributeALineInUtf8AndNoIds() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		saveSampleLayout(model);

		List<String> lines = Files.readAllLines(LayoutFiles.layoutPathFor(model), StandardCharsets.UTF_8);

		assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", lines.get(0));
		assertEquals("<notation:Layout", lines.get(1));
		assertTrue(lines.contains("    xmlns:notation=\"http://www.socialmap.org/notation/1.0\">"), String.join("\n", lines));
		assertTrue(lines.contains("        element=\"facebook-page\""), String.join("\n", lines));
		assertTrue(lines.contains("        element=\"link:friendfeed-aggregator:aggregates:youtube-channel\">"), String.join("\n", lines));
		for (String line : lines.subList(1, lines.size())) {
			assertTrue(line.split("=\"", -1).length <= 2, "more than one attribute on: " + line);
			assertFalse(line.contains("xmi:id"), line);
		}
	}

	@Test
	void theOrderThingsWerePlacedInDoesNotShowInTheFile() throws IOException {
		Agency model = SocialmapFiles.load(ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap"));
		Layout placed = LayoutFiles.open(folder.resolve("acme.socialmap"), model).layout();
		SampleLayouts.fill(placed, model);
		byte[] inModelOrder = bytesOf(placed);

		ECollections.reverse(placed.getDiagrams());
		for (DiagramLayout diagram : placed.getDiagrams()) {
			ECollections.reverse(diagram.getNodes());
			ECollections.reverse(diagram.getEdges());
			ECollections.reverse(diagram.getHiddenKinds());
		}

		assertArrayEquals(inModelOrder, bytesOf(placed));
	}

	@Test
	void movingOneNodeChangesOneLine() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		saveSampleLayout(model);
		Path layoutFile = LayoutFiles.layoutPathFor(model);
		List<String> before = Files.readAllLines(layoutFile);
		Layout layout = LayoutFiles.open(model, SocialmapFiles.load(model)).layout();
		NodeLayout page = LayoutLookup.node(LayoutLookup.diagram(layout, "officina", DiagramType.MAP), "facebook-page");

		page.setX(page.getX() + 12.5);
		layout.eResource().save(null);

		List<String> after = Files.readAllLines(layoutFile);
		assertEquals(before.size(), after.size());
		List<Integer> changed = IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).boxed().toList();
		assertEquals(1, changed.size(), "changed lines: " + changed);
		assertEquals("        x=\"" + page.getX() + "\"", after.get(changed.get(0)));
	}

	private static void saveSampleLayout(Path model) throws IOException {
		Agency agency = SocialmapFiles.load(model);
		Layout layout = LayoutFiles.open(model, agency).layout();
		SampleLayouts.fill(layout, agency);
		layout.eResource().save(null);
	}

	/** What a save of {@code layout} writes, without writing it. */
	private static byte[] bytesOf(Layout layout) throws IOException {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		layout.eResource().save(text, AtomicFileResource.saveOptions());
		return text.toByteArray();
	}
}
