package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Gives a new version of a file the permissions, owner and group of the file it replaces. A new file
 * belongs to whoever writes it, and only root may give it to someone else: when the writer may not
 * give it back, the save is refused rather than silently taking the file over.
 */
final class FileOwnership {

	private FileOwnership() {
	}

	/** {@code file} as the user named it; {@code original} the file being replaced, by {@code replacement}. */
	static void copy(Path file, Path original, Path replacement) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		PosixFileAttributes was = Files.readAttributes(original, PosixFileAttributes.class);
		PosixFileAttributes is = view.readAttributes();
		if (!is.group().equals(was.group())) {
			try {
				view.setGroup(was.group());
			} catch (IOException e) {
				throw refused(file, "it belongs to the group " + was.group().getName()
						+ ", and you may not give the new version to that group", e);
			}
		}
		if (!is.owner().equals(was.owner())) {
			try {
				view.setOwner(was.owner());
			} catch (IOException e) {
				throw refused(file, "it belongs to " + was.owner().getName()
						+ ", and the new version would belong to you instead", e);
			}
		}
		// Last: changing the owner clears the set-user-ID and set-group-ID bits.
		view.setPermissions(was.permissions());
	}

	private static FileWriteException refused(Path file, String why, IOException cause) {
		return new FileWriteException(file, "cannot write " + file + ": " + why + "; nothing was written", cause);
	}
}
