package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;

class BadInputTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"not-xml.socialmap           | 1 | not well-formed XML",
			"truncated.socialmap         | 0 | ends before the model does",
			"empty.socialmap             | 0 | ends before the model does",
			"wrong-model.socialmap       | 2 | not a Socialmap model: it uses the namespace 'http://maven.apache.org/POM/4.0.0'",
			"ecore-model.socialmap       | 0 | not a Socialmap model: it should hold one Agency, but holds a EPackage",
			"external-entity.socialmap   | 2 | declares a DOCTYPE",
			"entity-bomb.socialmap       | 2 | declares a DOCTYPE",
			"dangling-reference.socialmap| 6 | nobody",
			"unknown-feature.socialmap   | 5 | budget" })
	void aBadFileGetsAClearErrorAndStaysAsItWas(String name, int line, String reason) throws IOException {
		Path file = TestFiles.copy(name, folder);
		String before = ContentHash.of(file);

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
		assertTrue(error.getMessage().contains(reason), error.getMessage());
		if (line > 0) {
			assertEquals(line, error.line(), error.getMessage());
		}
		assertEquals(before, ContentHash.of(file), "the bad file was rewritten");
		assertEquals(1, Files.list(folder).count(), "nothing was written beside the bad file");
	}

	@Test
	void anExternalEntityIsNeverResolved() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-VALUE");
		Path file = folder.resolve("entity.socialmap");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY secret SYSTEM "%s"> ]>
				<socialmap:Agency xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="a" name="&secret;"/>
				""".formatted(secret.toUri()));

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertFalse(error.getMessage().contains("TOP-SECRET-VALUE"), error.getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = folder.resolve("missing.socialmap");
		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(missing));
		assertTrue(error.getMessage().contains("missing.socialmap: no such file"), error.getMessage());
	}
}
