package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a Socialmap file whole, after making sure it is a regular file: opening a pipe would wait
 * for a writer forever, and a directory or a device is never a model or a layout. Every failure says
 * what is wrong with the path, not that "there is no such file".
 */
final class RegularFileReader {

	private RegularFileReader() {
	}

	static byte[] read(Path file, FileKind kind) throws SocialmapFileException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (IOException e) {
			throw new SocialmapFileException(file, 0, reason(e), e);
		}
		if (attributes.isDirectory()) {
			throw new SocialmapFileException(file, 0, "is a directory, not a " + kind.noun() + " file", null);
		}
		if (!attributes.isRegularFile()) {
			throw new SocialmapFileException(file, 0,
					"is not a regular file (a pipe, a device or a socket), so it is not read as a " + kind.noun(), null);
		}
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new SocialmapFileException(file, 0, reason(e), e);
		}
	}

	private static String reason(IOException problem) {
		if (problem instanceof NoSuchFileException) {
			return "no such file";
		}
		if (problem instanceof AccessDeniedException) {
			return "cannot be read: permission denied";
		}
		// The operating system's own words ("Input/output error", "Not a directory"), never Java's.
		if (problem instanceof FileSystemException system && system.getReason() != null) {
			return "cannot be read: " + system.getReason().toLowerCase(Locale.ROOT);
		}
		return "cannot be read: the system reported an input/output error";
	}
}
