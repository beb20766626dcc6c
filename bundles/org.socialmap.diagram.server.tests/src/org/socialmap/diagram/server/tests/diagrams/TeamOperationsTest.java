package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Team;

/** Teams, members and curations drawn and changed on the team diagram, through the one command stack. */
class TeamOperationsTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.TEAM);

	@Test
	void aTeamThenAMemberDroppedIntoIt() {
		example.session().send(new CreateNodeOperation("node:team", GraphUtil.point(600, 600)));
		example.session().send(new CreateNodeOperation("node:member", GraphUtil.point(610, 650), "team#members"));
		Team created = (Team) example.session().document().element("team").orElseThrow();
		assertEquals(List.of("member"), created.getMembers().stream().map(Member::getId).toList());
		assertEquals("team#members", example.session().require("member").getParent().getId());
	}

	@Test
	void aMemberOutsideAnyTeamIsRefused() {
		example.session().send(new CreateNodeOperation("node:member", GraphUtil.point(0, 0)));
		assertEquals(List.of("A member belongs to a team: drop the new member into one."), example.session().messages("ERROR"));
	}

	@Test
	void aCurationEdgeGivesTheMemberTheRoleWithTheSettingsHours() {
		example.session().send(new CreateEdgeOperation("edge:contributor", "paolo", "facebook-page"));
		Curation curation = curation("paolo", "facebook-page");
		assertEquals(CurationRole.CONTRIBUTOR, curation.getRole());
		assertEquals(1.0, curation.getWeeklyHours(), "hoursPerRole");
		assertEquals("edge:contributor", example.session().require("curation:paolo:facebook-page").getType());
		assertEquals(2.0, example.session().require("paolo#load").getArgs().get("curatedHours"));

		example.session().send(new CreateEdgeOperation("edge:backup", "paolo", "facebook-page"));
		assertEquals(List.of("'Paolo' already is contributor of 'Facebook page': change that role instead of adding another."),
				example.session().messages("ERROR"));
	}

	@Test
	void reconnectingACurationToAnotherPresenceMovesIt() {
		example.session().send(new ReconnectEdgeOperation("curation:paolo:anobii-library", "paolo", "flickr-photos"));
		GEdge moved = (GEdge) example.session().require("curation:paolo:flickr-photos");
		assertEquals("edge:owner", moved.getType());
		assertFalse(example.session().element("curation:paolo:anobii-library").isPresent());
		example.session().send(new UndoAction());
		assertTrue(example.session().element("curation:paolo:anobii-library").isPresent());
	}

	@Test
	void deletingAMemberTakesTheirCurationsWithThem() {
		example.session().send(new DeleteOperation(List.of("luca")));
		assertTrue(example.session().document().element("luca").isEmpty());
		assertTrue(example.session().root().getChildren().stream().noneMatch(edge -> edge.getId().startsWith("curation:luca:")));
		example.session().send(new UndoAction());
		assertEquals(2, ((Member) example.session().document().element("luca").orElseThrow()).getCurations().size());
	}

	private Curation curation(String member, String presence) {
		return ((Member) example.session().document().element(member).orElseThrow()).getCurations().stream()
				.filter(curation -> curation.getPresence().getId().equals(presence)).findFirst().orElseThrow();
	}
}
