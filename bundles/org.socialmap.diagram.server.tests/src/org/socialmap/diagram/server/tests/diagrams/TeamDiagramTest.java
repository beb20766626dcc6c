package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.properties.SetPropertyOperation;
import org.socialmap.model.Member;
import org.socialmap.model.workload.Workload;

/** The team diagram of the example: teams holding members, their load, the presences and one edge per curation. */
class TeamDiagramTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.TEAM);

	@Test
	void aTeamHoldsItsMembersInItsMembersCompartment() {
		GNode socialTeam = (GNode) example.session().require("social-team");
		assertEquals("node:team", socialTeam.getType());
		assertEquals(true, socialTeam.getArgs().get("expanded"));
		assertEquals("Social media team", ((GLabel) example.session().require("social-team#name")).getText());
		GModelElement members = example.session().require("social-team#members");
		assertEquals("comp:members", members.getType());
		assertEquals(socialTeam, members.getParent());
		assertEquals(List.of("chiara", "luca", "sara", "paolo", "elena"),
				members.getChildren().stream().map(GModelElement::getId).toList());
		members.getChildren().forEach(member -> assertEquals("node:member", member.getType()));
	}

	@Test
	void aMemberShowsFunctionAndALoadBarOfTheHoursTheyCurate() {
		assertEquals("Chiara", ((GLabel) example.session().require("chiara#name")).getText());
		assertEquals("communication · Community manager", ((GLabel) example.session().require("chiara#function")).getText());
		assertEquals("Content producer", ((GLabel) example.session().require("sara#function")).getText(), "no function given, only the role");
		GModelElement load = example.session().require("chiara#load");
		assertEquals("bar:load", load.getType());
		Member chiara = (Member) example.session().document().element("chiara").orElseThrow();
		assertEquals(Workload.curatedHours(chiara), load.getArgs().get("curatedHours"));
		assertEquals(5.0, load.getArgs().get("curatedHours"));
		assertEquals(6.0, load.getArgs().get("weeklyHours"));
	}

	@Test
	void everyCurationIsAnEdgeFromItsMemberToItsPresence() {
		Set<String> curations = example.session().root().getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast)
				.map(edge -> edge.getType() + " " + edge.getId() + " " + edge.getSourceId() + ">" + edge.getTargetId())
				.collect(Collectors.toSet());
		assertEquals(12, curations.size());
		assertTrue(curations.contains("edge:owner curation:chiara:facebook-page chiara>facebook-page"), curations.toString());
		assertTrue(curations.contains("edge:backup curation:luca:youtube-channel luca>youtube-channel"), curations.toString());
		assertEquals("0.5 h", ((GLabel) example.session().require("curation:luca:youtube-channel#hours")).getText());
		assertEquals("node:presence", example.session().require("facebook-page").getType());
	}

	@Test
	void aCollapsedTeamHidesItsMembersAndTakesTheirCurations() {
		example.session().send(new SetPropertyOperation("social-team", "collapsed", true));
		GNode socialTeam = (GNode) example.session().require("social-team");
		assertTrue(socialTeam.getCssClasses().contains("collapsed"));
		assertEquals(false, socialTeam.getArgs().get("expanded"));
		assertFalse(example.session().element("chiara").isPresent());
		assertEquals("social-team", ((GEdge) example.session().require("curation:chiara:facebook-page")).getSourceId());
		assertTrue(example.session().state().diagramLayout().getNodes().stream()
				.anyMatch(node -> node.getElement().equals("social-team") && node.isCollapsed()), "kept in the layout");

		example.session().send(new UndoAction());
		assertTrue(example.session().element("chiara").isPresent());
	}
}
