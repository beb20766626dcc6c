package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.model.io.SocialmapResource;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void aModelThatCannotBeSavedLeavesThePreviousFileWhole() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		byte[] before = Files.readAllBytes(file);
		Agency agency = SocialmapFiles.load(file);
		Team team = agency.getClients().get(0).getTeams().get(0);
		// A curation still names Ada, who is no longer in the model: EMF would write a file that cannot open.
		team.getMembers().remove(0);

		IOException error = assertThrows(IOException.class, () -> agency.eResource().save(null));
		assertEquals("cannot save: Curation of Presence 'Hologram page' refers through 'member' to Member 'Ada', "
				+ "which is no longer in the model; remove or redirect that reference first", error.getMessage());

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), files(), "no temporary file is left behind");
	}

	@Test
	void aSaveThroughAPlatformUriRefusesADanglingReferenceToo() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		byte[] before = Files.readAllBytes(file);
		// As inside Eclipse: the model is named by its workspace path, which the converter maps to the file.
		ResourceSet resources = SocialmapFiles.newResourceSet();
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/agency/", true),
				URI.createFileURI(folder.toString() + "/"));
		Resource resource = resources.getResource(URI.createPlatformResourceURI("/agency/unknown-platform.socialmap", true), true);
		Agency agency = (Agency) resource.getContents().get(0);
		agency.getClients().get(0).getTeams().get(0).getMembers().remove(0);

		IOException error = assertThrows(IOException.class, () -> resource.save(null));
		assertTrue(error.getMessage().startsWith("cannot save: Curation of Presence 'Hologram page'"), error.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));

		agency.setName("Renamed agency");
		agency.getClients().get(0).getPresences().get(0).getCurations().clear();
		resource.save(null);
		assertTrue(Files.readString(file).contains("Renamed agency"), "a valid model saves through the platform URI");
		assertEquals(List.of(folder.resolve(".unknown-platform.socialmap.lock"), file), files(),
				"written through a temporary sibling that is gone; the empty lock file stays");
	}

	@Test
	void aSavedFileKeepsItsPermissions() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		Agency agency = SocialmapFiles.load(file);
		agency.setName("Renamed agency");
		agency.eResource().save(null);
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aNewFileGetsThePermissionsAnyNewFileGetsHere() throws IOException {
		Path reference = Files.createFile(folder.resolve("reference.txt"));
		Path file = folder.resolve("new.socialmap");
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(SocialmapFactory.eINSTANCE.createAgency());
		resource.save(null);
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
	}

	@Test
	void aBackupHoldsTheFileAsItWasBeforeTheSave() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		byte[] before = Files.readAllBytes(file);
		Agency agency = SocialmapFiles.load(file);
		agency.setName("Renamed agency");
		Path backup = folder.resolve("unknown-platform.socialmap.bak");

		agency.eResource().save(Map.of(SocialmapResource.OPTION_BACKUP, backup));

		assertArrayEquals(before, Files.readAllBytes(backup));
		assertEquals(Files.getPosixFilePermissions(file), Files.getPosixFilePermissions(backup));
		assertTrue(Files.readString(file).contains("Renamed agency"));
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
