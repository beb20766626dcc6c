package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;

class BadInputTest {

	/** A model with one member, whose weekly hours are the placeholder; they are on line 6. */
	private static final String MEMBER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<socialmap:Agency xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="a">
			  <clients id="client" name="Client">
			    <teams id="team" name="Team">
			      <members id="ada" name="Ada"
			          weeklyHours="%s"/>
			    </teams>
			  </clients>
			</socialmap:Agency>
			""";

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"not-xml.socialmap                      | 1 | not well-formed XML",
			"truncated.socialmap                    | 5 | the file ends before the model does",
			"empty.socialmap                        | 0 | the file is empty",
			"wrong-model.socialmap                  | 2 | not a Socialmap model: it uses the namespace 'http://maven.apache.org/POM/4.0.0'",
			"ecore-model.socialmap                  | 0 | not a Socialmap model: it should hold one Agency, but holds an EPackage",
			"external-entity.socialmap              | 2 | it declares a DOCTYPE",
			"entity-bomb.socialmap                  | 2 | it declares a DOCTYPE",
			"doctype-inside-the-model.socialmap     | 5 | it declares a DOCTYPE",
			"dangling-reference.socialmap           | 6 | Curation of Presence 'Page' names member 'nobody', which no element of the file has",
			"reference-into-another-file.socialmap  | 6 | Curation of Presence 'Page' names member 'other.socialmap#ada', an element of another file",
			"unknown-feature.socialmap              | 5 | ClientCompany 'Client' has no attribute or element 'budget'",
			"bad-enum.socialmap                     | 6 | Presence 'Page': cadence 'hourly' is not one of: unspecified, real-time, daily, several-per-week, weekly, monthly, occasional",
			"bad-number.socialmap                   | 7 | Member 'Ada': weeklyHours 'abc' is not a number",
			"unknown-encoding.socialmap             | 1 | encoding 'X-NOPE' is not supported",
			"wrong-reference-type.socialmap         | 6 | Curation of Presence 'Page' names member 'fb', which is a Presence, not a Member",
			"wrong-reference-type-in-a-list.socialmap | 6 | Objective 'Reach' names presences 'client', which is a ClientCompany, not a Presence",
			"wrong-element-type.socialmap           | 5 | ClientCompany 'Client' has a Team among its presences, where a Presence belongs" })
	void aBadFileGetsAClearErrorAndStaysAsItWas(String name, int line, String reason) throws IOException {
		Path file = TestFiles.copy(name, folder);
		String before = ContentHash.of(file);

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertTrue(error.getMessage().startsWith(file + (line > 0 ? ":" + line : "") + ": " + reason), error.getMessage());
		assertEquals(line, error.line(), error.getMessage());
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
	void aHugeValueIsCutInTheMessage() throws IOException {
		Path file = write("huge.socialmap", MEMBER.formatted("x".repeat(10_000_000)).getBytes(StandardCharsets.UTF_8));

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertEquals(file + ":6: Member 'Ada': weeklyHours '" + "x".repeat(60) + "...' is not a number", error.getMessage());
	}

	@Test
	void aByteThatIsNoUtf8CharacterIsFoundByItsLine() throws IOException {
		String accented = MEMBER.formatted("2").replace("Ada", "Ad\u00e0");
		Path file = write("latin1.socialmap", accented.getBytes(StandardCharsets.ISO_8859_1));

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertEquals(file + ":5: the file is not valid UTF-8 at line 5; was it saved in another encoding?", error.getMessage());
	}

	@Test
	void aUtf16ByteOrderMarkBeforeOneByteTextIsNamed() throws IOException {
		byte[] text = MEMBER.formatted("2").getBytes(StandardCharsets.UTF_8);
		byte[] marked = new byte[text.length + 2];
		marked[0] = (byte) 0xFF;
		marked[1] = (byte) 0xFE;
		System.arraycopy(text, 0, marked, 2, text.length);
		Path file = write("marked.socialmap", marked);

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertEquals(file + ":1: the file starts with a UTF-16 byte order mark, but its text is not UTF-16", error.getMessage());
	}

	/** Numbers that parse but cannot be hours are for validation to judge, on the element they belong to. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NaN, NaN", "Infinity, Infinity", "1e999, Infinity", "-1, -1" })
	void aNumberThatParsesIsLoadedAsWritten(String written, double loaded) throws IOException {
		Path file = write("hours.socialmap", MEMBER.formatted(written).getBytes(StandardCharsets.UTF_8));

		Agency agency = SocialmapFiles.load(file);

		assertEquals(loaded, agency.getClients().get(0).getTeams().get(0).getMembers().get(0).getWeeklyHours());
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = folder.resolve("missing.socialmap");
		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(missing));
		assertEquals(missing + ": no such file", error.getMessage());
	}

	@Test
	void aDirectoryIsNamedAsOne() throws IOException {
		Path directory = Files.createDirectory(folder.resolve("models.socialmap"));
		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(directory));
		assertEquals(directory + ": is a directory, not a model file", error.getMessage());
	}

	/** Opening a pipe would wait for a writer forever: it must be refused before it is opened. */
	@Test
	void aPipeIsRefusedUnopened() throws IOException, InterruptedException {
		Path pipe = folder.resolve("pipe.socialmap");
		assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(pipe));

		assertEquals(pipe + ": is not a regular file (a pipe, a device or a socket), so it is not read as a model",
				error.getMessage());
	}

	/** Skipped as root, whom permissions do not stop from reading. */
	@Test
	void anUnreadableFileNamesThePermission() throws IOException {
		Path file = write("private.socialmap", MEMBER.formatted("2").getBytes(StandardCharsets.UTF_8));
		Files.setPosixFilePermissions(file, Set.of());
		assumeFalse(Files.isReadable(file), "permissions do not stop this user (root) from reading");

		SocialmapFileException error = assertThrows(SocialmapFileException.class, () -> SocialmapFiles.load(file));

		assertEquals(file + ": cannot be read: permission denied", error.getMessage());
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(folder.resolve(name), content);
	}
}
