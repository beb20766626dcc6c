package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.tests.common.ModelBuilder.client;
import static org.socialmap.tests.common.ModelBuilder.member;
import static org.socialmap.tests.common.ModelBuilder.presence;
import static org.socialmap.tests.common.ModelBuilder.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Team;
import org.socialmap.model.io.FileWriteLock;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.tests.common.BlockedThreads;

/**
 * {@code assign --apply} on a model it must not replace: exit code 2, one line saying why, and
 * neither the model nor a backup written.
 */
class AssignApplyTest {

	@TempDir
	Path folder;

	@Test
	void aReadOnlyModelIsLeftAsItIs() throws IOException {
		Path model = modelWithoutCurators();
		Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("r--r--r--"));
		String before = Files.readString(model);

		CliRun run = CliRun.of("assign", "--apply", model.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("socialmap: " + model + " is read-only; nothing was written\n", run.err());
		assertEquals(before, Files.readString(model));
		assertTrue(Files.notExists(backupOf(model)), "no backup is written");
	}

	@Test
	void aModelChangedWhileTheProposalsWereMadeIsNotOverwritten() throws Exception {
		Path model = modelWithoutCurators();
		FutureTask<CliRun> assign = new FutureTask<>(() -> CliRun.of("assign", "--apply", model.toString()));
		Thread runner = new Thread(assign, "assign --apply");
		String edited;
		try (FileWriteLock lock = FileWriteLock.acquire(model)) {
			runner.start();
			// The command has read the model and waits to write it: now another program changes it.
			BlockedThreads.awaitWaitingIn(runner, FileWriteLock.class);
			edited = Files.readString(model).replace("Shop", "Shop, renamed meanwhile");
			Files.writeString(model, edited);
		}

		CliRun run = assign.get();

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("socialmap: " + model + " was changed by another program since it was opened; nothing was written\n",
				run.err());
		assertEquals(edited, Files.readString(model));
		assertTrue(Files.notExists(backupOf(model)), "no backup is written");
	}

	/** A client whose one presence has no owner and no backup, and two members free to take them. */
	private Path modelWithoutCurators() throws IOException {
		ClientCompany shop = client("shop", "Shop");
		presence(shop, "shop-facebook", "facebook");
		Team team = team(shop, "team");
		member(team, "Ada", 10);
		member(team, "Bo", 10);
		Path model = folder.resolve("shop.socialmap");
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(model));
		resource.getContents().add(shop.eContainer());
		resource.save(null);
		return model;
	}

	private static Path backupOf(Path model) {
		return model.resolveSibling(model.getFileName() + ".bak");
	}
}
