package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.properties.SetPropertyOperation;
import org.socialmap.notation.io.LayoutFiles;

/** Saving writes model and layout, never over another program's change; a bad layout file never stops the model. */
class SaveTest {

	@TempDir
	Path folder;

	@Test
	void saveWritesModelAndLayoutAndReopeningGivesTheSameDiagram() throws Exception {
		double x;
		try (ExampleServer server = ExampleServer.start(folder)) {
			Session map = server.open(DiagramKind.MAP);
			move(map, "youtube-channel", 777, 333);
			map.send(new SetPropertyOperation("youtube-channel", "handle", "officina.video"));
			assertTrue(map.last(SetDirtyStateAction.class).orElseThrow().isDirty());
			map.send(new SaveModelAction());
			assertFalse(map.last(SetDirtyStateAction.class).orElseThrow().isDirty());
			x = ((GNode) map.require("facebook-page")).getPosition().getX();
		}
		assertTrue(Files.readString(folder.resolve(ExampleServer.EXAMPLE)).contains("officina.video"));
		assertTrue(Files.exists(LayoutFiles.layoutPathFor(folder.resolve(ExampleServer.EXAMPLE))));
		try (ExampleServer again = ExampleServer.reopen(folder)) {
			Session map = again.open(DiagramKind.MAP);
			assertEquals(777, ((GNode) map.require("youtube-channel")).getPosition().getX());
			assertEquals(x, ((GNode) map.require("facebook-page")).getPosition().getX(), "the automatic layout was saved too");
			assertEquals(List.of(), map.messages("WARNING"));
		}
	}

	@Test
	void theLayoutSavedNamesOnlyWhatTheModelHas() throws Exception {
		try (ExampleServer server = ExampleServer.start(folder)) {
			Session map = server.open(DiagramKind.MAP);
			map.send(new CreateNodeOperation("node:presence:instagram"));
			assertTrue(map.element("instagram").isPresent(), "placed automatically, outside the command stack");
			map.send(new UndoAction());
			map.send(new SaveModelAction());
			assertFalse(Files.readString(LayoutFiles.layoutPathFor(server.model)).contains("instagram"));
		}
		try (ExampleServer again = ExampleServer.reopen(folder)) {
			assertEquals(List.of(), again.open(DiagramKind.MAP).messages("WARNING"));
		}
	}

	@Test
	void aFileChangedByAnotherProgramIsNotOverwritten() throws Exception {
		try (ExampleServer server = ExampleServer.start(folder)) {
			Session map = server.open(DiagramKind.MAP);
			map.send(new SetPropertyOperation("youtube-channel", "handle", "mine"));
			String theirs = Files.readString(server.model).replace("officinadigitale", "theirs");
			Files.writeString(server.model, theirs);

			map.send(new SaveModelAction());
			assertEquals(theirs, Files.readString(server.model), "nothing overwritten");
			assertEquals(List.of("Not saved: " + server.model.toAbsolutePath().normalize()
					+ " was changed by another program since it was opened; nothing was written. Your edits are still here, in this page."),
					map.messages("ERROR"));
			assertTrue(map.state().isDirty());
		}
	}

	@Test
	void staleLayoutEntriesAreDroppedAndTheUserToldOnce() throws Exception {
		Path layout = LayoutFiles.layoutPathFor(folder.resolve(ExampleServer.EXAMPLE));
		Files.createDirectories(folder);
		Files.writeString(layout, """
				<?xml version="1.0" encoding="UTF-8"?>
				<notation:Layout xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:notation="http://www.socialmap.org/notation/1.0">
				  <diagrams client="officina">
				    <nodes element="facebook-page" x="400.0" y="40.0" pinned="true"/>
				    <nodes element="myspace-page" x="10.0" y="10.0"/>
				    <edges element="link:myspace-page:feeds:facebook-page"/>
				  </diagrams>
				</notation:Layout>
				""");
		try (ExampleServer server = ExampleServer.start(folder)) {
			Session first = server.open(DiagramKind.MAP);
			assertEquals(1, first.messages("WARNING").size(), first.messages("WARNING").toString());
			assertTrue(first.messages("WARNING").get(0).contains("'myspace-page'"), first.messages("WARNING").get(0));
			assertEquals(400, ((GNode) first.require("facebook-page")).getPosition().getX(), "the usable entries are used");
			assertFalse(first.element("myspace-page").isPresent());
			assertEquals(List.of(), server.open(DiagramKind.MAP).messages("WARNING"), "told once");
			assertTrue(Files.readString(layout).contains("myspace"), "the file is not written until the user saves");

			first.send(new SaveModelAction());
			assertFalse(Files.readString(layout).contains("myspace"), "the stale entries are gone from the file once saved");
		}
	}

	@Test
	void aLayoutFileThatIsNotALayoutStopsNothing() throws Exception {
		Path layout = LayoutFiles.layoutPathFor(folder.resolve(ExampleServer.EXAMPLE));
		Files.createDirectories(folder);
		Files.writeString(layout, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
		try (ExampleServer server = ExampleServer.start(folder)) {
			Session map = server.open(DiagramKind.MAP);
			assertEquals(1, map.messages("WARNING").size());
			assertEquals(7, map.root().getChildren().stream().filter(GNode.class::isInstance).count());
			assertTrue(Files.readString(layout).startsWith("<!DOCTYPE"), "left as it is until saved");
		}
	}

	private static void move(Session session, String id, double x, double y) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(GraphUtil.point(x, y));
		session.send(new ChangeBoundsOperation(List.of(bounds)));
	}
}
