package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.io.FileChangedException;
import org.socialmap.model.io.FileWriteLock;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.tests.common.BlockedThreads;

/**
 * A save never replaces a file that changed after the model was read from it: of two writers, the
 * first one's change is kept and the second is told, instead of one change silently disappearing.
 */
class ChangedOnDiskTest {

	@TempDir
	Path folder;

	@Test
	void ofTwoWritersOfOneFileTheSecondIsRefused() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Agency first = SocialmapFiles.load(file);
		Agency second = SocialmapFiles.load(file);
		first.setName("First writer");
		first.eResource().save(null);
		second.setName("Second writer");

		IOException error = assertThrows(IOException.class, () -> second.eResource().save(null));

		assertInstanceOf(FileChangedException.class, error);
		assertEquals(file + " was changed by another program since it was opened; nothing was written", error.getMessage());
		assertTrue(Files.readString(file).contains("First writer"), "the first writer's change is kept");
	}

	@Test
	void aSaveWaitsForTheWriteLockAndThenSeesWhatTheHolderChanged() throws Exception {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Agency agency = SocialmapFiles.load(file);
		agency.setName("Saved while another program held the lock");
		FutureTask<Void> save = new FutureTask<>(() -> {
			agency.eResource().save(null);
			return null;
		});
		Thread saver = new Thread(save, "saver");
		String edited;
		try (FileWriteLock lock = FileWriteLock.acquire(file)) {
			saver.start();
			BlockedThreads.awaitWaitingIn(saver, FileWriteLock.class);
			edited = Files.readString(file).replace("Hologram page", "Hologram page, edited");
			Files.writeString(file, edited);
		}

		ExecutionException failure = assertThrows(ExecutionException.class, save::get);

		assertInstanceOf(FileChangedException.class, failure.getCause());
		assertEquals(edited, Files.readString(file));
	}

	@Test
	void aNewModelDoesNotReplaceAFileThatAppearedMeanwhile() throws IOException {
		Path file = folder.resolve("new.socialmap");
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(SocialmapFactory.eINSTANCE.createAgency());
		Files.writeString(file, "written by another program");

		IOException error = assertThrows(IOException.class, () -> resource.save(null));

		assertInstanceOf(FileChangedException.class, error);
		assertEquals(file + " already exists, and this model was not read from it; nothing was written", error.getMessage());
		assertEquals("written by another program", Files.readString(file));
	}
}
