package org.socialmap.diagram.server.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The media types of the files the client bundle and the catalogs ship; any other file is not served. */
final class ContentTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
			Map.entry("html", "text/html;charset=utf-8"),
			Map.entry("js", "text/javascript;charset=utf-8"),
			Map.entry("mjs", "text/javascript;charset=utf-8"),
			Map.entry("css", "text/css;charset=utf-8"),
			Map.entry("json", "application/json;charset=utf-8"),
			Map.entry("map", "application/json;charset=utf-8"),
			Map.entry("txt", "text/plain;charset=utf-8"),
			Map.entry("svg", "image/svg+xml"),
			Map.entry("png", "image/png"),
			Map.entry("ico", "image/x-icon"),
			Map.entry("woff", "font/woff"),
			Map.entry("woff2", "font/woff2"),
			Map.entry("ttf", "font/ttf"));

	private ContentTypes() {
	}

	static Optional<String> of(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? Optional.empty()
				: Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}
}
