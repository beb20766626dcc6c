package org.socialmap.diagram.server.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the path of a request, exactly as the client sent it (not decoded), into a path relative to
 * the web root, or refuses it. The client bundle's file names are plain, so anything else is refused
 * rather than decoded and normalised: percent escapes (%2e%2e, %2f, %5c), backslashes, empty, "." and
 * ".." segments, and names starting with a dot. What is left cannot leave the web root.
 */
public final class StaticPath {

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
	private static final String INDEX = "index.html";

	private StaticPath() {
	}

	public static Optional<String> relative(String rawPath) {
		if (rawPath == null || !rawPath.startsWith("/")) {
			return Optional.empty();
		}
		String path = rawPath.substring(1);
		if (path.isEmpty() || path.endsWith("/")) {
			path += INDEX;
		}
		for (String segment : path.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				return Optional.empty();
			}
		}
		return Optional.of(path);
	}
}
