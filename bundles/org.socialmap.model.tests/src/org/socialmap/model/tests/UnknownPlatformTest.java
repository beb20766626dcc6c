package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.Presence;
import org.socialmap.model.io.SocialmapFiles;

class UnknownPlatformTest {

	@TempDir
	Path folder;

	@Test
	void aPlatformAndAKindNoCatalogKnowsSurviveLoadAndSave() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Agency agency = SocialmapFiles.load(file);
		Presence presence = agency.getClients().get(0).getPresences().get(0);
		assertEquals("holonet-2031", presence.getPlatform());

		presence.setHandle("client.hologram");
		agency.eResource().save(null);

		String saved = Files.readString(file);
		assertTrue(saved.contains("platform=\"holonet-2031\""), saved);
		assertTrue(saved.contains("platformKind=\"holographic\""), saved);
		assertTrue(saved.contains("handle=\"client.hologram\""), saved);
	}

	@Test
	void savingAnUnchangedFileLeavesItUntouched() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Agency agency = SocialmapFiles.load(file);
		agency.eResource().save(null);
		Path copy = folder.resolve("copy.socialmap");
		agency.eResource().setURI(SocialmapFiles.fileUri(copy));
		agency.eResource().save(null);
		String before = ContentHash.of(copy);
		// A save renames a new file over the old one: the same content would come back under another file key.
		Object fileKey = Files.readAttributes(copy, BasicFileAttributes.class).fileKey();

		agency.eResource().save(null);

		assertEquals(before, ContentHash.of(copy));
		assertEquals(fileKey, Files.readAttributes(copy, BasicFileAttributes.class).fileKey(), "the file was written again");
	}
}
