package org.socialmap.catalog.internal;

/** A catalog file that cannot be read at all: it is skipped whole. */
public class CatalogFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	/** {@code line} is where the reader stopped, 0 when unknown. */
	public CatalogFormatException(int line, String message, Throwable cause) {
		super(message, cause);
		this.line = line;
	}

	public int line() {
		return line;
	}
}
