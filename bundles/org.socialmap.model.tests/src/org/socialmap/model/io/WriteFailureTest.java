package org.socialmap.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the operating system reports when a write fails, said in words, naming the file. */
class WriteFailureTest {

	private static final Path FILE = Path.of("models/acme.socialmap");

	static Stream<Arguments> failures() {
		return Stream.of(
				Arguments.of(new IOException("No space left on device"), "the disk is full"),
				Arguments.of(new FileSystemException("models/.acme.socialmap.1.tmp", null, "No space left on device"), "the disk is full"),
				Arguments.of(new IOException("Disk quota exceeded"), "your disk quota is used up"),
				Arguments.of(new FileSystemException("models/.acme.socialmap.1.tmp", null, "Read-only file system"),
						"the file system is read-only"),
				Arguments.of(new AccessDeniedException("models/.acme.socialmap.lock"), "permission was denied on models/.acme.socialmap.lock"),
				Arguments.of(new FileSystemException("models/acme.socialmap", null, "Operation not permitted"),
						"the system did not permit it"),
				Arguments.of(new IOException("Input/output error"), "the disk reported an input/output error"),
				Arguments.of(new NoSuchFileException("models"), "models does not exist"),
				Arguments.of(new NotDirectoryException("models"), "models is in the way: it is not a folder"),
				Arguments.of(new FileSystemException("models/acme.socialmap", null, "File name too long"), "file name too long"),
				Arguments.of(new IOException(), "the system gave no reason"));
	}

	@ParameterizedTest
	@MethodSource("failures")
	void aFailureIsSaidInWords(IOException failure, String reason) {
		FileWriteException explained = WriteFailure.explain(FILE, failure);

		assertEquals("cannot write models/acme.socialmap: " + reason + "; nothing was written", explained.getMessage());
		assertEquals(FILE, explained.file());
	}
}
