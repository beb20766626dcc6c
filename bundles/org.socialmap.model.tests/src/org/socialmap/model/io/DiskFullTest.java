package org.socialmap.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that do not take every byte: the writer finishes them or fails, and on failure the old
 * file stays as it was and no temporary file is left.
 */
class DiskFullTest {

	private static final byte[] OLD = "the previous version\n".getBytes(StandardCharsets.UTF_8);
	private static final byte[] NEW = "the new version\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void aDiskThatFillsUpLeavesTheOldFileAndNoTemporary() throws IOException {
		Path file = Files.write(folder.resolve("model.socialmap"), OLD);
		// As Linux does on a nearly full disk: a write takes the bytes that fit, the next one fails.
		int[] room = { 4_096 };
		AtomicFileWriter writer = new AtomicFileWriter((channel, bytes) -> {
			if (room[0] == 0) {
				throw new IOException("No space left on device");
			}
			int taken = write(channel, bytes, room[0]);
			room[0] -= taken;
			return taken;
		});

		IOException error = assertThrows(IOException.class, () -> writer.write(file, NEW, null, null));

		assertEquals("cannot write " + file + ": the disk is full; nothing was written", error.getMessage());
		assertArrayEquals(OLD, Files.readAllBytes(file));
		assertEquals(List.of(lockFileOf(file), file), files(), "no temporary file is left behind");
	}

	@Test
	void aDiskThatFillsUpWritesNoBackupEither() throws IOException {
		Path file = Files.write(folder.resolve("model.socialmap"), OLD);
		byte[] olderBackup = "an older version\n".getBytes(StandardCharsets.UTF_8);
		Path backup = Files.write(folder.resolve("model.socialmap.bak"), olderBackup);
		AtomicFileWriter writer = new AtomicFileWriter((channel, bytes) -> {
			throw new IOException("No space left on device");
		});

		assertThrows(IOException.class, () -> writer.write(file, NEW, null, backup));

		assertArrayEquals(OLD, Files.readAllBytes(file));
		assertArrayEquals(olderBackup, Files.readAllBytes(backup), "the backup is written only once the new version is");
		assertEquals(List.of(lockFileOf(file), file, backup), files(), "no temporary file is left behind");
	}

	@Test
	void shortWritesAreRepeatedUntilEveryByteIsWritten() throws IOException {
		Path file = Files.write(folder.resolve("model.socialmap"), OLD);
		AtomicFileWriter writer = new AtomicFileWriter((channel, bytes) -> write(channel, bytes, 1_000));

		writer.write(file, NEW, null, null);

		assertArrayEquals(NEW, Files.readAllBytes(file));
	}

	@Test
	void aTemporaryFileShorterThanTheContentIsNotRenamedOverTheOldFile() throws IOException {
		Path file = Files.write(folder.resolve("model.socialmap"), OLD);
		// A file system that says it took every byte but kept only half of them.
		AtomicFileWriter writer = new AtomicFileWriter((channel, bytes) -> {
			int claimed = bytes.remaining();
			write(channel, bytes, claimed / 2);
			bytes.position(bytes.limit());
			return claimed;
		});

		IOException error = assertThrows(IOException.class, () -> writer.write(file, NEW, null, null));

		assertEquals("cannot write " + file + ": the disk kept " + NEW.length / 2 + " of its " + NEW.length
				+ " bytes; nothing was written", error.getMessage());
		assertArrayEquals(OLD, Files.readAllBytes(file));
		assertEquals(List.of(lockFileOf(file), file), files(), "no temporary file is left behind");
	}

	/** Writes at most {@code most} bytes of {@code bytes} for real. */
	private static int write(FileChannel channel, ByteBuffer bytes, int most) throws IOException {
		ByteBuffer part = bytes.slice(bytes.position(), Math.min(most, bytes.remaining()));
		int written = channel.write(part);
		bytes.position(bytes.position() + written);
		return written;
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
