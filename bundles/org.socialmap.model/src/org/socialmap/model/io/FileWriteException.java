package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be written. The message names the file, says why in words, and says that
 * nothing was written: the file is as it was before.
 */
public class FileWriteException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	FileWriteException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The file that was not written. */
	public Path file() {
		return file;
	}
}
