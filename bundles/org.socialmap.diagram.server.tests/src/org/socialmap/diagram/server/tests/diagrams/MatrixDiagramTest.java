package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.operations.LayoutAllOperation;
import org.socialmap.diagram.server.operations.SetCurationRoleOperation;
import org.socialmap.model.Member;

/** The curator x presence matrix: a grid of roles and affinities, its cells edited through the command stack. */
class MatrixDiagramTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.MATRIX);

	@Test
	void oneRowPerMemberOneColumnPerPresenceAndACellAtEachCrossing() {
		List<String> types = example.session().root().getChildren().stream().map(GModelElement::getType).toList();
		assertEquals(5, types.stream().filter("matrix:member"::equals).count());
		assertEquals(6, types.stream().filter("matrix:presence"::equals).count());
		assertEquals(30, types.stream().filter("matrix:cell"::equals).count());
		assertEquals("icon:platform", example.session().require("flickr-photos#icon").getType());
		GNode header = (GNode) example.session().require("flickr-photos");
		GNode cell = (GNode) example.session().require("cell:luca:flickr-photos");
		assertEquals(header.getPosition().getX(), cell.getPosition().getX(), "a cell is under its presence");
		assertEquals(((GNode) example.session().require("luca")).getPosition().getY(), cell.getPosition().getY(), "and beside its member");
	}

	@Test
	void aCellShowsTheRoleAndTheAffinity() {
		assertCell("cell:luca:flickr-photos", "owner", 3);
		assertCell("cell:luca:youtube-channel", "backup", 1);
		assertCell("cell:paolo:facebook-page", "", 0);
		assertCell("cell:sara:flickr-photos", "backup", 2);
	}

	@Test
	void editingACellSetsChangesAndClearsTheRoleUndoably() {
		example.session().send(new SetCurationRoleOperation("paolo", "facebook-page", "contributor"));
		assertCell("cell:paolo:facebook-page", "contributor", 0);
		example.session().send(new SetCurationRoleOperation("paolo", "facebook-page", "backup"));
		assertCell("cell:paolo:facebook-page", "backup", 0);
		example.session().send(new SetCurationRoleOperation("luca", "flickr-photos", ""));
		assertCell("cell:luca:flickr-photos", "", 3);
		assertTrue(((Member) example.session().document().element("luca").orElseThrow()).getCurations().stream()
				.noneMatch(curation -> curation.getPresence().getId().equals("flickr-photos")), "gone from the member's side too");

		example.session().send(new UndoAction());
		assertCell("cell:luca:flickr-photos", "owner", 3);
		example.session().send(new UndoAction());
		example.session().send(new UndoAction());
		assertCell("cell:paolo:facebook-page", "", 0);
		example.session().send(new RedoAction());
		assertCell("cell:paolo:facebook-page", "contributor", 0);
	}

	@Test
	void aLayoutAskedForChangesNothing() {
		example.session().send(new LayoutAllOperation(false));
		assertEquals(List.of(), example.session().messages("ERROR"));
		assertFalse(example.session().document().commandStack().canUndo());
	}

	@Test
	void aRoleThatIsNoneOfTheThreeIsRefused() {
		example.session().send(new SetCurationRoleOperation("paolo", "facebook-page", "boss"));
		assertEquals(List.of("'boss' is not a curation role: give owner, contributor, backup, or nothing to clear the role."),
				example.session().messages("ERROR"));
		assertCell("cell:paolo:facebook-page", "", 0);
	}

	private void assertCell(String id, String role, int affinity) {
		GNode cell = (GNode) example.session().require(id);
		assertEquals("matrix:cell", cell.getType());
		assertEquals(role, cell.getArgs().get("role"), id);
		assertEquals(affinity, ((Number) cell.getArgs().get("affinity")).intValue(), id);
	}
}
