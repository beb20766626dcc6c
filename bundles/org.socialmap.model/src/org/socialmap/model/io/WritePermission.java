package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Refuses to replace a read-only file, or to write into a read-only folder, as editors do: renaming
 * a new file over a read-only one would succeed, since it needs only the folder's permission.
 * A file or folder is read-only when this process may not write it, or when nobody may: no write
 * permission bit at all, as {@code chmod a-w} leaves it. The second rule is for root, whom
 * permissions never stop, but who still expects a file marked read-only to stay as it is.
 */
final class WritePermission {

	private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

	private WritePermission() {
	}

	/** {@code file} as the user named it, {@code folder} the absolute folder it is in. */
	static void checkFolder(Path file, Path folder) throws IOException {
		if (Files.getFileStore(folder).isReadOnly()) {
			throw new FileWriteException(file, "cannot write " + file + ": the file system it is on is read-only; nothing was written", null);
		}
		if (readOnly(folder)) {
			Path shown = file.getParent() != null ? file.getParent() : folder;
			throw new FileWriteException(file, "cannot write " + file + ": its folder " + shown + " is read-only; nothing was written", null);
		}
	}

	/** {@code file} as the user named it, {@code target} the absolute path of the existing file. */
	static void checkFile(Path file, Path target) throws IOException {
		if (readOnly(target)) {
			throw new FileWriteException(file, file + " is read-only; nothing was written", null);
		}
	}

	private static boolean readOnly(Path path) throws IOException {
		if (!Files.isWritable(path)) {
			return true;
		}
		PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		return posix != null && Collections.disjoint(posix.readAttributes().permissions(), WRITE_BITS);
	}
}
