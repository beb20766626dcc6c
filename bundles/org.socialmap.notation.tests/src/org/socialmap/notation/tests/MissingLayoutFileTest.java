package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.io.FileChangedException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.Layout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.io.OpenedLayout;
import org.socialmap.notation.lookup.LayoutLookup;

/** A model without a layout file opens with an empty layout, to be laid out automatically; nothing is written until it is saved. */
class MissingLayoutFileTest {

	@TempDir
	Path folder;

	@Test
	void theLayoutFileIsBesideTheModel() {
		assertEquals(Path.of("maps", "acme.smlayout"), LayoutFiles.layoutPathFor(Path.of("maps", "acme.socialmap")));
		assertEquals(Path.of("acme.xml.smlayout"), LayoutFiles.layoutPathFor(Path.of("acme.xml")));
	}

	@Test
	void aModelWithoutLayoutGetsAnEmptyOneAndNothingIsWritten() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(), opened.warnings());
		assertEquals(List.of(), opened.layout().getDiagrams());
		assertEquals(List.of("acme.socialmap"), ModelFolder.files(folder));
	}

	@Test
	void savingTheEmptyLayoutCreatesTheFile() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Layout layout = LayoutFiles.open(model, SocialmapFiles.load(model)).layout();
		LayoutLookup.diagram(layout, "officina", DiagramType.MATRIX).getHiddenKinds().add("blog");

		layout.eResource().save(null);

		Layout reopened = LayoutFiles.open(model, SocialmapFiles.load(model)).layout();
		assertEquals(List.of("blog"), LayoutLookup.diagram(reopened, "officina", DiagramType.MATRIX).getHiddenKinds());
	}

	@Test
	void aLayoutFileAnotherProgramCreatedMeanwhileIsNotOverwritten() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Layout layout = LayoutFiles.open(model, SocialmapFiles.load(model)).layout();
		Path layoutFile = Files.writeString(LayoutFiles.layoutPathFor(model), "theirs\n");

		FileChangedException refused = assertThrows(FileChangedException.class, () -> layout.eResource().save(null));

		assertTrue(refused.getMessage().startsWith(layoutFile + " already exists"), refused.getMessage());
		assertEquals("theirs\n", Files.readString(layoutFile));
	}
}
