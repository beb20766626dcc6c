package org.socialmap.catalog.internal;

import java.net.URL;

/** Finds and checks the icon file a catalog names, relative to the catalog's bundle. */
@FunctionalInterface
public interface IconResolver {

	/** The icon's URL; throws with a reason a user can act on when the icon is missing or not an image. */
	URL resolve(String path) throws InvalidIconException;

	final class InvalidIconException extends Exception {
		private static final long serialVersionUID = 1L;

		public InvalidIconException(String message) {
			super(message);
		}
	}
}
