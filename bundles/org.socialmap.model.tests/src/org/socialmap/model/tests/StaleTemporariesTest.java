package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.io.FileWriteLock;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.tests.common.BlockedThreads;

/**
 * The temporary files of writers that were killed are removed by the next save of the same file;
 * a temporary file of a writer still at work is not.
 */
class StaleTemporariesTest {

	@TempDir
	Path folder;

	@Test
	void aSaveRemovesTheTemporaryFilesKilledWritersLeft() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Path stale = Files.createFile(temporaryOf(file));
		Path anotherStale = Files.createFile(temporaryOf(file));
		Path ofAnotherFile = Files.createFile(temporaryOf(folder.resolve("other.socialmap")));
		Path notATemporary = Files.createFile(folder.resolve(".unknown-platform.socialmap.notes.tmp"));
		Agency agency = SocialmapFiles.load(file);
		agency.setName("Renamed agency");

		agency.eResource().save(null);

		assertEquals(List.of(ofAnotherFile, lockFileOf(file), notATemporary, file), files());
		assertTrue(Files.notExists(stale) && Files.notExists(anotherStale));
	}

	@Test
	void theTemporaryFileOfAWriterAtWorkIsKept() throws Exception {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Agency agency = SocialmapFiles.load(file);
		agency.setName("Renamed agency");
		FutureTask<Void> save = new FutureTask<>(() -> {
			agency.eResource().save(null);
			return null;
		});
		Thread saver = new Thread(save, "saver");
		Path live;
		try (FileWriteLock writerAtWork = FileWriteLock.acquire(file)) {
			live = Files.createFile(temporaryOf(file));
			saver.start();
			BlockedThreads.awaitWaitingIn(saver, FileWriteLock.class);

			assertTrue(Files.exists(live), "a writer holding the lock keeps its temporary file");
		}
		save.get();

		// Its writer let go of the lock without renaming it: it is stale now, and the save removed it.
		assertEquals(List.of(lockFileOf(file), file), files());
	}

	private static Path temporaryOf(Path file) {
		return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
	}

	private static Path lockFileOf(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".lock");
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
