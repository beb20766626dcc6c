package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.RequestEditValidationAction;
import org.eclipse.glsp.server.features.directediting.SetEditValidationResultAction;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.eclipse.glsp.server.types.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.operations.LayoutAllOperation;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.Presence;
import org.socialmap.model.io.SocialmapResource;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.lookup.LayoutLookup;

/** Each operation of the map, as an EMF command on the one command stack: done, undone, redone. */
class MapOperationsTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.MAP);

	@Test
	void aPresenceFromThePaletteGetsItsPlatformAndStaysWhereItWasDropped() {
		example.session().send(new CreateNodeOperation("node:presence:instagram", GraphUtil.point(900, 40)));
		Presence instagram = (Presence) example.session().document().element("instagram").orElseThrow();
		assertEquals("instagram", instagram.getPlatform());
		assertEquals("Instagram", instagram.getName());
		GNode node = (GNode) example.session().require("instagram");
		assertEquals(900, node.getPosition().getX());
		assertEquals(40, node.getPosition().getY());
		assertTrue(layoutOf("instagram").isPinned(), "placed by hand");
		assertEquals("Add a presence on Instagram", example.session().document().commandStack().getUndoCommand().getLabel());

		example.session().send(new UndoAction());
		assertTrue(example.session().document().element("instagram").isEmpty());
		assertFalse(example.session().element("instagram").isPresent());
		example.session().send(new RedoAction());
		assertTrue(example.session().element("instagram").isPresent());
	}

	@Test
	void aSecondPresenceOnAPlatformGetsAnIdOfItsOwnAndAWebsiteCanBeAdded() {
		example.session().send(new CreateNodeOperation("node:presence:facebook", GraphUtil.point(0, 0)));
		example.session().send(new CreateNodeOperation("node:presence:facebook", GraphUtil.point(0, 100)));
		example.session().send(new CreateNodeOperation("node:website", GraphUtil.point(0, 200)));
		assertEquals("node:presence", example.session().require("facebook").getType());
		assertEquals("node:presence", example.session().require("facebook-2").getType());
		assertEquals("node:website", example.session().require("website").getType());
	}

	@Test
	void aLinkIsDrawnBetweenTwoMapNodes() {
		example.session().send(new CreateEdgeOperation("edge:embeds", "youtube-channel", "anobii-library"));
		GEdge embeds = (GEdge) example.session().require("link:youtube-channel:embeds:anobii-library");
		assertEquals("edge:embeds", embeds.getType());
		example.session().send(new UndoAction());
		assertFalse(example.session().element("link:youtube-channel:embeds:anobii-library").isPresent());
	}

	@Test
	void aGatewayLeadsFromAWebsiteToAPresence() {
		example.session().send(new CreateEdgeOperation("edge:gateway", "facebook-page", "company-site"));
		assertEquals(List.of("A gateway leads from a website to a presence, not from 'Facebook page' to 'Company website'."),
				example.session().messages("ERROR"));
		assertFalse(example.session().document().commandStack().canUndo());
	}

	@Test
	void deletingAPresenceTakesItsLinksCurationsReferencesAndLayoutWithItAndUndoBringsAllBack() throws IOException {
		String before = saved();
		int links = client().getLinks().size();
		example.session().send(new DeleteOperation(List.of("facebook-page")));
		assertTrue(example.session().document().element("facebook-page").isEmpty());
		assertEquals(links - 5, client().getLinks().size(), "the gateway, two aggregates, feeds and cross-posts went too");
		assertTrue(client().getObjectives().stream().map(Objective::getPresences).allMatch(list -> list.stream()
				.noneMatch(presence -> "facebook-page".equals(presence.getId()))));
		Member chiara = (Member) example.session().document().element("chiara").orElseThrow();
		assertTrue(chiara.getCurations().stream().noneMatch(curation -> curation.getPresence() == null), "no curation left behind");
		assertEquals(null, layoutOrNull("facebook-page"));
		assertFalse(example.session().element("link:company-site:gateway:facebook-page").isPresent());

		example.session().send(new UndoAction());
		assertEquals(before, saved(), "undo gives the model back as it was");
		assertTrue(example.session().element("facebook-page").isPresent());
		example.session().send(new RedoAction());
		assertFalse(example.session().element("facebook-page").isPresent());
	}

	@Test
	void deletingALinkDeletesOnlyIt() {
		example.session().send(new DeleteOperation(List.of("link:twitter-account:feeds:facebook-page")));
		assertTrue(client().getLinks().stream().noneMatch(link -> link.getKind() == LinkKind.FEEDS));
		assertTrue(example.session().element("twitter-account").isPresent());
	}

	@Test
	void reconnectingALinkMovesItsEnd() {
		example.session().send(new ReconnectEdgeOperation("link:twitter-account:feeds:facebook-page", "twitter-account", "anobii-library"));
		Link feeds = client().getLinks().stream().filter(link -> link.getKind() == LinkKind.FEEDS).findFirst().orElseThrow();
		assertEquals("anobii-library", feeds.getTarget().getId());
		assertTrue(example.session().element("link:twitter-account:feeds:anobii-library").isPresent());
		example.session().send(new UndoAction());
		assertEquals("facebook-page", feeds.getTarget().getId());
	}

	@Test
	void aMovedNodeIsPinnedWhereItWasPutAndResizingKeepsTheSize() {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId("flickr-photos");
		bounds.setNewPosition(GraphUtil.point(1000, 500));
		bounds.setNewSize(GraphUtil.dimension(260, 80));
		example.session().send(new ChangeBoundsOperation(List.of(bounds)));
		NodeLayout flickr = layoutOf("flickr-photos");
		assertEquals(List.of(1000.0, 500.0, 260.0, 80.0, true),
				List.of(flickr.getX(), flickr.getY(), flickr.getWidth(), flickr.getHeight(), flickr.isPinned()));
		GNode node = (GNode) example.session().require("flickr-photos");
		assertEquals(260, node.getSize().getWidth());
		assertEquals(260 - 48, ((GLabel) example.session().require("flickr-photos#name")).getSize().getWidth(), "the labels follow the width");
		example.session().send(new UndoAction());
		assertFalse(layoutOf("flickr-photos").isPinned());
	}

	@Test
	void aRouteDrawnByHandIsKept() {
		String key = "link:company-site:gateway:facebook-page";
		example.session().send(new ChangeRoutingPointsOperation(List.of(new ElementAndRoutingPoints(key,
				List.of(GraphUtil.point(10, 20), GraphUtil.point(30, 40))))));
		GEdge gateway = (GEdge) example.session().require(key);
		assertEquals(List.of(10.0, 20.0, 30.0, 40.0), List.of(gateway.getRoutingPoints().get(0).getX(),
				gateway.getRoutingPoints().get(0).getY(), gateway.getRoutingPoints().get(1).getX(),
				gateway.getRoutingPoints().get(1).getY()));
		assertEquals(2, LayoutLookup.edge(example.session().state().diagramLayout(), key).getPoints().size());
	}

	@Test
	void aNameEditedInPlaceRenamesTheElement() {
		example.session().send(new ApplyLabelEditOperation("flickr-photos#name", "  Our photos "));
		assertEquals("Our photos", ((GLabel) example.session().require("flickr-photos#name")).getText());
		example.session().send(new ApplyLabelEditOperation("flickr-photos#name", " "));
		assertEquals(List.of("A name cannot be empty: 'Our photos' keeps its name."), example.session().messages("ERROR"));
		example.session().send(new UndoAction());
		assertEquals("Flickr photostream", ((GLabel) example.session().require("flickr-photos#name")).getText());
	}

	@Test
	void aNameIsCheckedAsItIsTyped() {
		example.session().send(new RequestEditValidationAction(LabelEditValidator.CONTEXT_ID, "flickr-photos#name", "  "));
		ValidationStatus blank = example.session().last(SetEditValidationResultAction.class).orElseThrow().getStatus();
		assertEquals(List.of(Severity.ERROR, "A name cannot be empty."), List.of(blank.getSeverity(), blank.getMessage()));
		example.session().send(new RequestEditValidationAction(LabelEditValidator.CONTEXT_ID, "flickr-photos#name", "Photos"));
		assertEquals(Severity.OK, example.session().last(SetEditValidationResultAction.class).orElseThrow().getStatus().getSeverity());
	}

	@Test
	void layingOutKeepsWhatWasPlacedByHandUnlessAskedToLayOutAll() {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId("anobii-library");
		bounds.setNewPosition(GraphUtil.point(-500, -500));
		example.session().send(new ChangeBoundsOperation(List.of(bounds)));

		example.session().send(new LayoutAllOperation(true));
		assertEquals(-500, ((GNode) example.session().require("anobii-library")).getPosition().getX());
		assertTrue(((GNode) example.session().require("facebook-page")).getPosition().getY() > -500 + 64, "the others go clear of it");

		example.session().send(new LayoutAllOperation(false));
		assertTrue(((GNode) example.session().require("anobii-library")).getPosition().getX() >= 0);
		assertFalse(layoutOf("anobii-library").isPinned());
		example.session().send(new UndoAction());
		assertEquals(-500, ((GNode) example.session().require("anobii-library")).getPosition().getX());
		assertTrue(layoutOf("anobii-library").isPinned());
	}

	private ClientCompany client() {
		return example.session().state().client();
	}

	private NodeLayout layoutOf(String id) {
		NodeLayout node = layoutOrNull(id);
		if (node == null) {
			throw new AssertionError(id + " has no layout entry");
		}
		return node;
	}

	private NodeLayout layoutOrNull(String id) {
		return LayoutLookup.node(example.session().state().diagramLayout(), id);
	}

	private String saved() throws IOException {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		example.session().document().agency().eResource().save(text, SocialmapResource.saveOptions());
		return text.toString(StandardCharsets.UTF_8);
	}
}
