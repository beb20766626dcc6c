package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Says in words why a file could not be written, from what the operating system reported. */
final class WriteFailure {

	/** The system's words for the failures a save meets, as Linux's C library writes them. */
	private static final Map<String, String> SENTENCES = Map.of(
			"No space left on device", "the disk is full",
			"Disk quota exceeded", "your disk quota is used up",
			"Read-only file system", "the file system is read-only",
			"Permission denied", "permission was denied",
			"Operation not permitted", "the system did not permit it",
			"Input/output error", "the disk reported an input/output error",
			"File too large", "the file is too large for the file system");

	private WriteFailure() {
	}

	static FileWriteException explain(Path file, IOException problem) {
		return new FileWriteException(file, "cannot write " + file + ": " + reason(problem) + "; nothing was written", problem);
	}

	private static String reason(IOException problem) {
		if (problem instanceof AccessDeniedException denied) {
			return "permission was denied on " + denied.getFile();
		}
		if (problem instanceof NoSuchFileException missing) {
			return missing.getFile() + " does not exist";
		}
		if (problem instanceof NotDirectoryException | problem instanceof FileAlreadyExistsException) {
			return ((FileSystemException) problem).getFile() + " is in the way: it is not a folder";
		}
		String text = problem instanceof FileSystemException fileSystem ? fileSystem.getReason() : problem.getMessage();
		if (text == null) {
			return "the system gave no reason";
		}
		return SENTENCES.getOrDefault(text, text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1));
	}
}
