package org.socialmap.diagram.render.chromium;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the Chromium to render with is: {@code $SOCIALMAP_CHROMIUM} when set, else the first of
 * the usual Debian and Google paths that is executable.
 */
public final class ChromiumExecutable {

	/** The environment variable that names another Chromium (or Chrome) executable. */
	public static final String VARIABLE = "SOCIALMAP_CHROMIUM";

	private static final List<String> USUAL_PATHS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private ChromiumExecutable() {
	}

	/** The executable, or an exception whose message says how to get one. */
	public static Path find() throws ChromiumException {
		String named = System.getenv(VARIABLE);
		if (named != null && !named.isBlank()) {
			Path path = Path.of(named);
			if (!Files.isExecutable(path)) {
				throw new ChromiumException(VARIABLE + " names " + named + ", which is not an executable file");
			}
			return path;
		}
		return firstExecutable().orElseThrow(() -> new ChromiumException(
				"drawing diagrams without a display needs Chromium, and none was found at " + String.join(", ", USUAL_PATHS)
						+ "; install Debian's chromium (sudo apt-get install chromium) or set " + VARIABLE
						+ " to a Chromium executable"));
	}

	private static Optional<Path> firstExecutable() {
		return USUAL_PATHS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
	}
}
