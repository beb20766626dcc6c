package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.operations.SetCurationRoleOperation;
import org.socialmap.diagram.server.properties.RequestPropertiesAction;
import org.socialmap.diagram.server.properties.SetPropertyOperation;
import org.socialmap.diagram.server.validation.RequestQuickFixesAction;

/** Operations that name unknown elements or are malformed get an error answer in words; the model and the server carry on. */
class MalformedOperationsTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.MAP);

	@Test
	void eachBadOperationIsAnsweredWithAnErrorInWordsAndChangesNothing() {
		ElementAndBounds ghost = new ElementAndBounds();
		ghost.setElementId("ghost");
		ghost.setNewPosition(GraphUtil.point(1, 1));
		ElementAndBounds noPosition = new ElementAndBounds();
		noPosition.setElementId("facebook-page");
		Map<Action, String> answers = new LinkedHashMap<>();
		answers.put(new CreateNodeOperation("node:presence:no-such-platform"), "There is no 'node:presence:no-such-platform' to create on this diagram.");
		answers.put(new CreateEdgeOperation("edge:owner", "chiara", "facebook-page"), "There is no 'edge:owner' to create on this diagram.");
		answers.put(new CreateEdgeOperation("edge:feeds", "ghost", "facebook-page"), "There is no element 'ghost' in 'Officina Digitale'.");
		answers.put(new CreateEdgeOperation("edge:feeds", "facebook-page", null), "The operation does not say which website or presence it is about.");
		answers.put(new CreateEdgeOperation("edge:feeds", "social-team", "facebook-page"), "'Social media team' is a team, not a website or presence.");
		answers.put(new CreateEdgeOperation("edge:embeds", "flickr-photos", "flickr-photos"), "A link joins two different elements; 'Flickr photostream' cannot link to itself.");
		answers.put(new DeleteOperation(List.of()), "Nothing to delete was selected.");
		answers.put(new DeleteOperation(List.of("ghost")), "There is no link or curation 'ghost' in 'Officina Digitale'.");
		answers.put(new DeleteOperation(List.of("officina")), "'Officina Digitale' cannot be deleted from a diagram.");
		answers.put(new ReconnectEdgeOperation("link:ghost", "company-site", "facebook-page"), "There is no link or curation 'link:ghost' in 'Officina Digitale'.");
		answers.put(new ChangeBoundsOperation(List.of(ghost)), "There is no element 'ghost' on this diagram to move.");
		answers.put(new ChangeBoundsOperation(List.of(noPosition)), "The move of 'facebook-page' gives no position.");
		answers.put(new ApplyLabelEditOperation("facebook-page#handle", "x"), "Only names are edited in place; 'facebook-page#handle' is not a name.");
		answers.put(new SetPropertyOperation("facebook-page", "colour", "red"), "Facebook page (@officinadigitale) has no property 'colour' that can be changed.");
		answers.put(new SetPropertyOperation("facebook-page", "id", "other"), "Facebook page (@officinadigitale) has no property 'id' that can be changed.");
		answers.put(new SetPropertyOperation("facebook-page", "cadence", "hourly"), "'hourly' is not a Cadence: choose one of unspecified, real-time, daily, several-per-week, weekly, monthly, occasional.");
		answers.put(new SetPropertyOperation("facebook-page", "platform", "myspace"), "No installed catalog has a platform 'myspace': pick one from the list.");
		answers.put(new SetPropertyOperation("chiara", "weeklyHours", -3), "Weekly Hours are hours a week, from 0 to 168; -3.0 is not.");
		answers.put(new SetPropertyOperation("chiara", "weeklyHours", "many"), "Weekly Hours is a number; 'many' is not one.");
		answers.put(new SetCurationRoleOperation("facebook-page", "chiara", "owner"), "'Facebook page' is a presence, not a member.");
		answers.put(new RequestPropertiesAction("ghost"), "There is no link or curation 'ghost' in 'Officina Digitale'.");
		answers.put(new RequestQuickFixesAction("ghost"), "There is no element 'ghost' on this diagram to fix.");
		answers.put(new RequestModelAction(Map.of("sourceUri", "/etc/passwd")), "This server does not show /etc/passwd: it shows "
				+ example.server().model.toAbsolutePath().normalize() + ".");

		List<String> expected = new ArrayList<>();
		for (Map.Entry<Action, String> answer : answers.entrySet()) {
			example.session().send(answer.getKey());
			expected.add(answer.getValue());
		}
		assertEquals(expected, example.session().messages("ERROR"));
		assertTrue(!example.session().document().commandStack().canUndo(), "nothing was changed");

		example.session().send(new ApplyLabelEditOperation("facebook-page#name", "Still working"));
		assertEquals("Still working", example.session().document().element("facebook-page").orElseThrow().getName());
	}

	@Test
	void aRequestForAClientTheModelHasNotIsAnswered() {
		Session other = example.server().open(DiagramKind.TEAM, Map.of("client", "acme"));
		assertEquals(List.of(example.server().model.toAbsolutePath().normalize()
				+ " has no client company with id 'acme'; it has 'Officina Digitale'."), other.messages("ERROR"));
	}
}
