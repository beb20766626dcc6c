package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.Choice;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.properties.Property;
import org.socialmap.diagram.server.properties.RequestPropertiesAction;
import org.socialmap.diagram.server.properties.SetPropertiesAction;
import org.socialmap.diagram.server.properties.SetPropertyOperation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;

/** The side panel's properties: what an element shows, and each change as an undoable command. */
class PropertiesTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.TEAM);

	@Test
	void aPresenceShowsItsFeaturesWithLabelsTypesAndChoices() {
		Map<String, Property> properties = properties("facebook-page");
		assertEquals(new Property("id", "Id", "string", "facebook-page", null, true), properties.get("id"));
		assertEquals(new Property("name", "Name", "string", "Facebook page", null, false), properties.get("name"));
		assertEquals("text", properties.get("purpose").type());
		assertEquals("company news\nprojects\nconversations", properties.get("contentPillars").value());
		Property platform = properties.get("platform");
		assertEquals("enum", platform.type());
		assertEquals("facebook", platform.value());
		assertTrue(platform.choices().contains(new Choice("flickr", "Flickr")));
		Property cadence = properties.get("cadence");
		assertEquals("daily", cadence.value());
		assertEquals(List.of("unspecified", "real-time", "daily", "several-per-week", "weekly", "monthly", "occasional"),
				cadence.choices().stream().map(Choice::value).toList());
	}

	@Test
	void aMemberShowsTheHoursTheyCurateAndATeamWhetherItIsCollapsed() {
		assertEquals(new Property("curatedHours", "Curated hours a week", "number", 5.0, null, true),
				properties("chiara").get("curatedHours"));
		assertEquals(new Property("collapsed", "Drawn collapsed", "boolean", false, null, false),
				properties("social-team").get("collapsed"));
	}

	@Test
	void aCurationEdgeShowsItsRoleHoursAndMember() {
		Map<String, Property> properties = properties("curation:luca:youtube-channel");
		assertEquals("backup", properties.get("role").value());
		assertEquals(0.5, properties.get("weeklyHours").value());
		assertEquals(new Property("member", "Member", "string", "Luca", null, true), properties.get("member"));
	}

	@Test
	void eachChangeIsAnUndoableCommand() {
		example.session().send(new SetPropertyOperation("sara", "weeklyHours", 4.5));
		example.session().send(new SetPropertyOperation("sara", "businessFunction", "product"));
		example.session().send(new SetPropertyOperation("facebook-page", "contentPillars", "news\n\n events "));
		Member sara = (Member) example.session().document().element("sara").orElseThrow();
		Presence facebook = (Presence) example.session().document().element("facebook-page").orElseThrow();
		assertEquals(4.5, sara.getWeeklyHours());
		assertEquals("product · Content producer", ((GLabel) example.session().require("sara#function")).getText());
		assertEquals(List.of("news", "events"), facebook.getContentPillars());
		example.session().send(new UndoAction());
		example.session().send(new UndoAction());
		example.session().send(new UndoAction());
		assertEquals(3.0, sara.getWeeklyHours());
		assertEquals(List.of("company news", "projects", "conversations"), facebook.getContentPillars());
	}

	private Map<String, Property> properties(String elementId) {
		example.session().send(new RequestPropertiesAction(elementId));
		SetPropertiesAction answer = example.session().last(SetPropertiesAction.class).orElseThrow();
		assertEquals(elementId, answer.getElementId());
		return answer.getProperties().stream().collect(Collectors.toMap(Property::feature, Function.identity()));
	}
}
