package org.socialmap.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.UUID;

/** Replaces a file's content all at once: readers see the old file or the new one, never half of it. */
public final class AtomicFileWriter {

	private AtomicFileWriter() {
	}

	/** Writes {@code content} to {@code file} unless the file already holds exactly that. */
	public static void writeIfChanged(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		if (Files.isRegularFile(target) && Files.size(target) == content.length
				&& Arrays.equals(Files.readAllBytes(target), content)) {
			return;
		}
		Path directory = target.getParent();
		Files.createDirectories(directory);
		// Not Files.createTempFile: it makes the file private (0600), and a new file must get the
		// permissions the user's umask gives, as any other program's would.
		Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content));
				channel.force(true);
			}
			if (Files.exists(target)) {
				keepPermissionsOf(target, temporary);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void keepPermissionsOf(Path original, Path replacement) throws IOException {
		if (Files.getFileStore(original).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
		}
	}
}
