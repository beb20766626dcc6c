package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The temporary siblings a file is written through, {@code .FILE.<random UUID>.tmp}, and the removal
 * of those a killed writer left behind.
 */
final class TemporaryFiles {

	private static final String UUID_PATTERN = "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}";

	private TemporaryFiles() {
	}

	/** A new name for a temporary file of {@code file} (absolute). */
	static Path newFor(Path file) {
		return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
	}

	/**
	 * Removes the temporary files of {@code file} (absolute). Call it holding the file's
	 * {@link FileWriteLock} only: writers create temporary files only while they hold it, so any
	 * found then belongs to a writer that is gone.
	 */
	static void removeStale(Path file) throws IOException {
		Pattern temporary = Pattern.compile(Pattern.quote("." + file.getFileName() + ".") + UUID_PATTERN + "\\.tmp");
		try (DirectoryStream<Path> stale = Files.newDirectoryStream(file.getParent(),
				sibling -> temporary.matcher(sibling.getFileName().toString()).matches())) {
			for (Path leftOver : stale) {
				Files.deleteIfExists(leftOver);
			}
		}
	}
}
