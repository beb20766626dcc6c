package org.socialmap.notation.io;

import java.nio.file.Path;

/**
 * Something about a layout file the user should hear once: it could not be used, or some of its
 * entries could not. The model opens all the same.
 *
 * @param file   the layout file
 * @param line   the line the problem was found on, or 0 for a problem with the whole file
 * @param reason what is wrong and what was done about it, in words
 */
public record LayoutWarning(Path file, int line, String reason) {

	/** {@code FILE:LINE: reason}, as the model's load errors are written. */
	public String message() {
		return (line > 0 ? file + ":" + line : file.toString()) + ": " + reason;
	}

	@Override
	public String toString() {
		return message();
	}
}
