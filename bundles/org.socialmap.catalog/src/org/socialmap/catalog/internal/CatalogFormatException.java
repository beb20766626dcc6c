package org.socialmap.catalog.internal;

/** A catalog file that cannot be read at all: it is skipped whole. */
public class CatalogFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public CatalogFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
