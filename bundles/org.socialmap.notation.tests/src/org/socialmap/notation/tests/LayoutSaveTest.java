package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.io.FileWriteException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.lookup.LayoutLookup;

/** Saving a layout never stops the model's save: its failure is reported on its own, in words. */
class LayoutSaveTest {

	@TempDir
	Path folder;

	@Test
	void aReadOnlyLayoutFileDoesNotStopTheModelsSave() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		saveSampleLayout(model);
		Path layoutFile = LayoutFiles.layoutPathFor(model);
		Agency agency = SocialmapFiles.load(model);
		Layout layout = LayoutFiles.open(model, agency).layout();
		Files.setPosixFilePermissions(layoutFile, PosixFilePermissions.fromString("r--r--r--"));
		String layoutBefore = Files.readString(layoutFile);
		agency.setName("Renamed agency");
		moveCompanySite(layout);

		Optional<IOException> layoutFailure = LayoutFiles.save(agency, layout);

		assertEquals("Renamed agency", SocialmapFiles.load(model).getName());
		FileWriteException failure = assertInstanceOf(FileWriteException.class, layoutFailure.orElseThrow());
		assertEquals(layoutFile + " is read-only; nothing was written", failure.getMessage());
		assertEquals(layoutBefore, Files.readString(layoutFile));
	}

	@Test
	void aModelThatCannotBeSavedKeepsItsLayoutUnsaved() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		saveSampleLayout(model);
		Path layoutFile = LayoutFiles.layoutPathFor(model);
		Agency agency = SocialmapFiles.load(model);
		Layout layout = LayoutFiles.open(model, agency).layout();
		Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("r--r--r--"));
		String layoutBefore = Files.readString(layoutFile);
		agency.setName("Renamed agency");
		moveCompanySite(layout);

		FileWriteException refused = assertThrows(FileWriteException.class, () -> LayoutFiles.save(agency, layout));

		assertEquals(model + " is read-only; nothing was written", refused.getMessage());
		assertEquals(layoutBefore, Files.readString(layoutFile));
	}

	@Test
	void bothFilesAreSaved() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		saveSampleLayout(model);
		Agency agency = SocialmapFiles.load(model);
		Layout layout = LayoutFiles.open(model, agency).layout();
		agency.setName("Renamed agency");
		moveCompanySite(layout);

		assertEquals(Optional.empty(), LayoutFiles.save(agency, layout));

		Agency reopened = SocialmapFiles.load(model);
		assertEquals("Renamed agency", reopened.getName());
		NodeLayout site = LayoutLookup.node(LayoutLookup.diagram(LayoutFiles.open(model, reopened).layout(), "officina",
				DiagramType.MAP), "company-site");
		assertEquals(333.0, site.getX());
		assertTrue(site.isPinned());
	}

	private static void saveSampleLayout(Path model) throws IOException {
		Agency agency = SocialmapFiles.load(model);
		SampleLayouts.fill(LayoutFiles.open(model, agency).layout(), agency).eResource().save(null);
	}

	/** The user drags the company site somewhere and leaves it there. */
	private static void moveCompanySite(Layout layout) {
		NodeLayout site = LayoutLookup.node(LayoutLookup.diagram(layout, "officina", DiagramType.MAP), "company-site");
		site.setX(333);
		site.setPinned(true);
	}
}
