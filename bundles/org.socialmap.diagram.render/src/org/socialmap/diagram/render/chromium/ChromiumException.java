package org.socialmap.diagram.render.chromium;

import java.io.IOException;

/** Chromium could not be found, started or driven; the message says why in words. */
public class ChromiumException extends IOException {

	private static final long serialVersionUID = 1L;

	public ChromiumException(String message) {
		super(message);
	}

	public ChromiumException(String message, Throwable cause) {
		super(message, cause);
	}
}
