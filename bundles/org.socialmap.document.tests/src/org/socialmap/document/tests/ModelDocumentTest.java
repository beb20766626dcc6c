package org.socialmap.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.ModelElement;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.rules.Finding;
import org.socialmap.tests.common.BlockedThreads;
import org.socialmap.tests.common.ExampleModels;

/** One open model file: dirty state, save, listeners, findings and look-ups, whoever changes it. */
class ModelDocumentTest {

	private static final String EXAMPLE = "social-media-in-azienda.socialmap";

	@TempDir
	Path folder;

	private ModelDocument document;

	@BeforeEach
	void openTheExample() throws Exception {
		Path file = folder.resolve(EXAMPLE);
		Files.write(file, ExampleModels.all().get(EXAMPLE));
		document = ModelDocument.open(file, ModelServices.installed(), ModelAccess.locked());
	}

	@Test
	void aCommandMakesItDirtyAndSaveWritesModelAndLayoutAndMakesItClean() throws Exception {
		assertFalse(document.isDirty());
		rename("facebook-page", "Pagina Facebook");
		assertTrue(document.isDirty());

		assertTrue(document.save(null).isEmpty(), "model and layout saved");

		assertFalse(document.isDirty());
		assertTrue(Files.readString(document.file()).contains("Pagina Facebook"));
		assertTrue(Files.exists(LayoutFiles.layoutPathFor(document.file())));
	}

	@Test
	void everyListenerButTheOneThatMadeTheChangeIsTold() {
		AtomicInteger toldFirst = new AtomicInteger();
		AtomicInteger toldSecond = new AtomicInteger();
		ModelDocument.Listener first = toldFirst::incrementAndGet;
		ModelDocument.Listener second = toldSecond::incrementAndGet;
		document.addListener(first);
		document.addListener(second);

		document.execute(SetCommand.create(document.domain(), element("youtube-channel"), SocialmapPackage.Literals.MODEL_ELEMENT__NAME, "Canale"), first);
		assertEquals(0, toldFirst.get());
		assertEquals(1, toldSecond.get());

		document.commandStack().undo(); // another tool on the stack: everyone is told
		assertEquals(1, toldFirst.get());
		assertEquals(2, toldSecond.get());
	}

	@Test
	void theFindingsAreComputedOnceAfterEachChange() {
		List<Finding> before = document.findings();
		assertSame(before, document.findings(), "asked twice without a change, computed once");

		document.commandStack().execute(SetCommand.create(document.domain(), element("facebook-page"),
				SocialmapPackage.Literals.PRESENCE__PURPOSE, null));

		List<Finding> after = document.findings();
		assertNotSame(before, after);
		assertTrue(after.stream().anyMatch(finding -> finding.ruleId().equals("socialmap.showcase-presence")
				&& finding.elements().contains(element("facebook-page"))));
	}

	@Test
	void aDeletedElementIsNoLongerFoundByItsIdAndUndoBringsItBack() {
		ModelElement flickr = element("flickr-photos");
		document.commandStack().execute(DeleteCommand.create(document.domain(), flickr));
		assertTrue(document.element("flickr-photos").isEmpty());

		document.commandStack().undo();
		assertEquals(flickr, document.element("flickr-photos").orElseThrow());
	}

	@Test
	void theLockedAccessLetsOneThreadInAtATimeAndWorkMayCallWork() throws Exception {
		ModelAccess access = ModelAccess.locked();
		List<String> order = new ArrayList<>();
		assertEquals("inner", access.call(() -> access.call(() -> "inner")), "re-entrant");
		Thread other = Thread.ofPlatform().unstarted(() -> access.run(() -> order.add("other")));
		access.run(() -> {
			other.start();
			order.add("first");
			// the other thread cannot add before this work ends: it waits for the lock
			BlockedThreads.awaitWaitingIn(other, ReentrantLock.class);
			order.add("still first");
		});
		other.join();
		assertEquals(List.of("first", "still first", "other"), order);
	}

	private void rename(String id, String name) {
		document.commandStack().execute(SetCommand.create(document.domain(), element(id), SocialmapPackage.Literals.MODEL_ELEMENT__NAME, name));
	}

	private ModelElement element(String id) {
		return document.element(id).orElseThrow(() -> new AssertionError("the example has no " + id + " in "
				+ EcoreUtil.getURI(document.agency())));
	}
}
