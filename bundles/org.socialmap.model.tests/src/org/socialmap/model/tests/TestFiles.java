package org.socialmap.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the test bundle's sample files to a folder, where the code under test reads them as users' files. */
final class TestFiles {

	private TestFiles() {
	}

	static Path copy(String resource, Path folder) {
		try (InputStream in = TestFiles.class.getResourceAsStream("/resources/" + resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + resource);
			}
			Path file = folder.resolve(resource);
			Files.copy(in, file);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
