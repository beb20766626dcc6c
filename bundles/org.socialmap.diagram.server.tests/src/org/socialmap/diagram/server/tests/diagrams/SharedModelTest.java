package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.catalog.Catalogs;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.operations.SetCurationRoleOperation;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.ClientCompany;
import org.socialmap.rules.RuleSettings;
import org.socialmap.tests.common.Conditions;

/** Every session and diagram on a file shares one model and one command stack, and sees the others' edits. */
class SharedModelTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@RegisterExtension
	final ServedExample example = new ServedExample();

	@Test
	void aSecondTabSeesTheEditsOfTheFirst() {
		Session first = example.open(DiagramKind.MAP);
		Session second = example.open(DiagramKind.MAP);
		assertSame(first.document(), second.document(), "one model loaded once");

		long updates = second.count(UpdateModelAction.class);
		first.send(new ApplyLabelEditOperation("flickr-photos#name", "Team photos"));
		Conditions.await(() -> second.count(UpdateModelAction.class) > updates, PATIENCE, "the second tab's update");
		assertEquals("Team photos", ((GLabel) second.require("flickr-photos#name")).getText());
		assertTrue(second.last(SetDirtyStateAction.class).orElseThrow().isDirty());
	}

	@Test
	void theAssistantsProposalsMadeOnTheStackShowEverywhereAndAreUndoneFromADiagram() {
		Session team = example.open(DiagramKind.TEAM);
		ModelDocument document = team.document();
		long edgesBefore = curationEdges(team);
		long updates = team.count(UpdateModelAction.class);
		example.server().served.access().run(() -> {
			ClientCompany client = document.client(ExampleServer.CLIENT).orElseThrow();
			Command proposals = new CuratorAssistant(Catalogs.registry(), RuleSettings.defaults()).propose(client, false)
					.command(document.domain());
			document.commandStack().execute(proposals);
		});
		Conditions.await(() -> team.count(UpdateModelAction.class) > updates, PATIENCE, "the team diagram redrawn");
		assertTrue(team.document().commandStack().canUndo());

		team.send(new UndoAction());
		assertEquals(edgesBefore, curationEdges(team));
		assertFalse(team.document().commandStack().canUndo(), "the diagram undid the assistant's command");
	}

	@Test
	void undoInOneDiagramUndoesAnEditMadeInAnother() {
		Session matrix = example.open(DiagramKind.MATRIX);
		Session team = example.open(DiagramKind.TEAM);
		matrix.send(new SetCurationRoleOperation("paolo", "youtube-channel", "backup"));
		Conditions.await(() -> team.element("curation:paolo:youtube-channel").isPresent(), PATIENCE, "the new curation on the team diagram");

		team.send(new UndoAction());
		assertFalse(team.element("curation:paolo:youtube-channel").isPresent());
		Conditions.await(() -> "".equals(matrix.require("cell:paolo:youtube-channel").getArgs().get("role")), PATIENCE,
				"the matrix cell cleared");
	}

	private static long curationEdges(Session team) {
		return team.root().getChildren().stream().filter(element -> element.getId().startsWith("curation:")).count();
	}
}
