package org.socialmap.model.io;

import java.io.IOException;
import java.nio.file.Path;

/** A Socialmap file could not be read; the message names the file and, where known, the line. */
public class SocialmapFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final String reason;

	public SocialmapFileException(Path file, int line, String reason, Throwable cause) {
		super(location(file, line) + ": " + reason, cause);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	/** The file that could not be read. */
	public Path file() {
		return file;
	}

	/** What is wrong, in words, without the file and line. */
	public String reason() {
		return reason;
	}

	/** The line the problem was found on, or 0 for a problem with the whole file (missing, empty...). */
	public int line() {
		return line;
	}

	private static String location(Path file, int line) {
		return line > 0 ? file + ":" + line : file.toString();
	}
}
