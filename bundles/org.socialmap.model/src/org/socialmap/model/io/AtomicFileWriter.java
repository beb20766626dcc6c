package org.socialmap.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Replaces a file's content all at once: readers see the old file or the new one, never half of it,
 * and any failure leaves the old file as it was. A write holds the file's {@link FileWriteLock},
 * removes the temporary files of killed writers, refuses read-only files and folders, writes every
 * byte to a temporary sibling and checks its size, gives it the old file's permissions, owner and
 * group, and renames it over the file. Failures are {@link FileWriteException}s saying why in words.
 */
public final class AtomicFileWriter {

	private static final AtomicFileWriter STANDARD = new AtomicFileWriter(FileChannel::write);

	private final ChannelWrite channelWrite;

	AtomicFileWriter(ChannelWrite channelWrite) {
		this.channelWrite = channelWrite;
	}

	/** The writer of every save: the one that writes through the file system itself. */
	static AtomicFileWriter standard() {
		return STANDARD;
	}

	/** Writes {@code content} to {@code file}, whatever it holds now, unless it already holds exactly that. */
	public static void writeIfChanged(Path file, byte[] content) throws IOException {
		STANDARD.write(file, content, null, null);
	}

	/**
	 * Writes {@code content} to {@code file} unless it already holds exactly that.
	 *
	 * @param file     the file, as the user named it (messages name it so)
	 * @param expected what the file must still hold, else nothing is written; null to replace whatever it holds
	 * @param backup   where to copy the file as it was before it is replaced, or null
	 * @return what the file holds now
	 */
	FileSnapshot write(Path file, byte[] content, FileSnapshot expected, Path backup) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		try {
			Files.createDirectories(target.getParent());
			WritePermission.checkFolder(file, target.getParent());
			try (FileWriteLock lock = FileWriteLock.acquire(file)) {
				TemporaryFiles.removeStale(target);
				byte[] current = Files.exists(target) ? Files.readAllBytes(target) : null;
				if (expected != null) {
					expected.checkUnchanged(current);
				}
				if (current != null && Arrays.equals(current, content)) {
					return FileSnapshot.of(target, content);
				}
				if (current != null) {
					WritePermission.checkFile(file, target);
				}
				Path temporary = TemporaryFiles.newFor(target);
				try {
					writeTemporary(file, temporary, content, target);
					// Once the new version is safely on disk, so that a failure writes neither file.
					if (current != null && backup != null) {
						backUp(target, current, backup);
					}
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} finally {
					Files.deleteIfExists(temporary);
				}
				return FileSnapshot.of(target, content);
			}
		} catch (FileWriteException e) {
			throw e;
		} catch (IOException e) {
			throw WriteFailure.explain(file, e);
		}
	}

	/**
	 * Writes {@code target}'s {@code content} to {@code backup}, a file in the same folder, the same
	 * way, with the modification time of the version it keeps.
	 */
	private void backUp(Path target, byte[] content, Path backup) throws IOException {
		Path backupTarget = backup.toAbsolutePath().normalize();
		Path temporary = TemporaryFiles.newFor(target);
		try {
			WritePermission.checkFolder(backup, backupTarget.getParent());
			if (Files.exists(backupTarget)) {
				WritePermission.checkFile(backup, backupTarget);
			}
			writeTemporary(backup, temporary, content, target);
			Files.setLastModifiedTime(temporary, Files.getLastModifiedTime(target));
			Files.move(temporary, backupTarget, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (FileWriteException e) {
			throw e;
		} catch (IOException e) {
			throw WriteFailure.explain(backup, e);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Writes every byte of {@code content} to the new file {@code temporary} (a temporary file of the
	 * file whose lock is held, so that a killed write is cleaned up under it), forces it to the disk,
	 * checks its size and gives it the permissions, owner and group of {@code original}, if it exists.
	 */
	private void writeTemporary(Path shown, Path temporary, byte[] content, Path original) throws IOException {
		// Not Files.createTempFile: it makes the file private (0600), and a new file must get the
		// permissions the user's umask gives, as any other program's would.
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			// A write may take fewer bytes than given, e.g. on a nearly full disk, without failing.
			ByteBuffer bytes = ByteBuffer.wrap(content);
			while (bytes.hasRemaining()) {
				channelWrite.write(channel, bytes);
			}
			channel.force(true);
		}
		long size = Files.size(temporary);
		if (size != content.length) {
			throw new FileWriteException(shown, "cannot write " + shown + ": the disk kept " + size + " of its "
					+ content.length + " bytes; nothing was written", null);
		}
		if (Files.exists(original)) {
			FileOwnership.copy(shown, original, temporary);
		}
	}
}
