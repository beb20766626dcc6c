package org.socialmap.notation.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things are in a layout file, as a warning should point at them. */
final class LayoutText {

	private LayoutText() {
	}

	/**
	 * The line on which the start tag of the first element with {@code attribute} ends: where the
	 * parser reads its attributes, and where a warning about it points.
	 */
	static int lineOf(Path file, String attribute) throws IOException {
		List<String> lines = Files.readAllLines(file);
		int line = lines.indexOf(lines.stream().filter(text -> text.contains(attribute)).findFirst()
				.orElseThrow(() -> new AssertionError(file + " has no " + attribute)));
		while (!lines.get(line).endsWith(">")) {
			line++;
		}
		return line + 1;
	}
}
