package org.socialmap.notation.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.socialmap.tests.common.ExampleModels;

/** A folder of a test's model files, copied from the example models, where the code under test reads them as users' files. */
final class ModelFolder {

	/** The example with one client, a team and links of several kinds. */
	static final String EXAMPLE = "social-media-in-azienda.socialmap";
	/** Another example, whose ids the first does not have. */
	static final String OTHER_EXAMPLE = "regional-export.socialmap";

	private ModelFolder() {
	}

	/** Copies the example model {@code example} to {@code folder}/{@code name}. */
	static Path copy(String example, Path folder, String name) {
		byte[] content = ExampleModels.all().get(example);
		if (content == null) {
			throw new IllegalArgumentException("no example model " + example);
		}
		try {
			return Files.write(folder.resolve(name), content);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The names of the files in {@code folder}, hidden ones included, sorted. */
	static List<String> files(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
