package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFiles;

/**
 * A save respects what the file system says about the file: a read-only file or folder is refused,
 * as editors do, even for root, whom permissions do not stop; a replaced file keeps its owner.
 */
class ReadOnlyTest {

	@TempDir
	Path folder;

	@Test
	void aFileNobodyMayWriteIsNotReplaced() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		Agency agency = SocialmapFiles.load(file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		String before = ContentHash.of(file);
		agency.setName("Renamed agency");

		IOException error = assertThrows(IOException.class, () -> agency.eResource().save(null));

		assertEquals(file + " is read-only; nothing was written", error.getMessage());
		assertEquals(before, ContentHash.of(file));
	}

	@Test
	void aFileInAReadOnlyFolderIsNotReplaced() throws IOException {
		Path readOnly = Files.createDirectory(folder.resolve("read-only"));
		Path file = TestFiles.copy("unknown-platform.socialmap", readOnly);
		Agency agency = SocialmapFiles.load(file);
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
		String before = ContentHash.of(file);
		agency.setName("Renamed agency");
		try {
			IOException error = assertThrows(IOException.class, () -> agency.eResource().save(null));

			assertEquals("cannot write " + file + ": its folder " + readOnly + " is read-only; nothing was written",
					error.getMessage());
			assertEquals(before, ContentHash.of(file));
		} finally {
			Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void aReplacedFileKeepsItsOwnerAndGroup() throws IOException {
		Path file = TestFiles.copy("unknown-platform.socialmap", folder);
		assumeTrue(Files.getOwner(file).getName().equals("root"), "only root can give a file to another user");
		UserPrincipalLookupService names = folder.getFileSystem().getUserPrincipalLookupService();
		UserPrincipal nobody = names.lookupPrincipalByName("nobody");
		GroupPrincipal nogroup = names.lookupPrincipalByGroupName("nogroup");
		PosixFileAttributeView attributes = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		attributes.setOwner(nobody);
		attributes.setGroup(nogroup);
		Agency agency = SocialmapFiles.load(file);
		agency.setName("Renamed agency");

		agency.eResource().save(null);

		PosixFileAttributes saved = Files.readAttributes(file, PosixFileAttributes.class);
		assertEquals(nobody, saved.owner());
		assertEquals(nogroup, saved.group());
	}
}
