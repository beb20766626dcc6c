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
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.properties.SetPropertyOperation;

/** The social media map of the example, as the contract of docs/diagrams.md describes it. */
class MapDiagramTest {

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.MAP);

	@Test
	void drawsTheWebsiteAndEveryPresenceWithTheirIdsAndTypes() {
		assertEquals("socialmap-map:officina", example.session().root().getId());
		assertEquals("node:website", example.session().require("company-site").getType());
		for (String presence : List.of("facebook-page", "youtube-channel", "twitter-account", "anobii-library",
				"flickr-photos", "friendfeed-aggregator")) {
			assertEquals("node:presence", example.session().require(presence).getType(), presence);
		}
		assertEquals(7, nodes().size());
	}

	@Test
	void aPresenceShowsItsPlatformIconNameHandleAndKind() {
		GNode facebook = (GNode) example.session().require("facebook-page");
		assertEquals("facebook", facebook.getArgs().get("platform"));
		assertEquals("Facebook", facebook.getArgs().get("platformName"));
		assertEquals("social-network", facebook.getArgs().get("kind"));
		assertEquals("active", facebook.getArgs().get("status"));
		assertEquals("Chiara", facebook.getArgs().get("owner"));
		assertEquals(2L, facebook.getArgs().get("curators"));
		assertEquals("icon:platform", example.session().require("facebook-page#icon").getType());
		assertEquals("facebook", example.session().require("facebook-page#icon").getArgs().get("platform"));
		assertEquals("Facebook page", text("facebook-page#name"));
		assertEquals("officinadigitale", text("facebook-page#handle"));
		assertEquals("Social network", text("facebook-page#kind"));
		assertEquals("label:name", example.session().require("facebook-page#name").getType());
	}

	@Test
	void statesOfPresencesAreCssClasses() {
		GNode friendfeed = (GNode) example.session().require("friendfeed-aggregator");
		assertTrue(friendfeed.getCssClasses().containsAll(List.of("aggregator", "closed")), friendfeed.getCssClasses().toString());
		assertFalse(friendfeed.getCssClasses().contains("showcase"));
		assertEquals(List.of(), ((GNode) example.session().require("youtube-channel")).getCssClasses());

		example.session().send(new SetPropertyOperation("youtube-channel", "purpose", ""));
		example.session().send(new SetPropertyOperation("youtube-channel", "status", "dormant"));
		assertEquals(Set.of("showcase", "dormant"), Set.copyOf(((GNode) example.session().require("youtube-channel")).getCssClasses()));
	}

	@Test
	void everyLinkIsAnEdgeOfItsKindWithItsKeyAsId() {
		Set<String> edges = example.session().root().getChildren().stream().filter(GEdge.class::isInstance)
				.map(edge -> edge.getType() + " " + edge.getId()).collect(Collectors.toSet());
		assertEquals(Set.of("edge:gateway link:company-site:gateway:facebook-page",
				"edge:aggregates link:friendfeed-aggregator:aggregates:youtube-channel",
				"edge:aggregates link:friendfeed-aggregator:aggregates:twitter-account",
				"edge:aggregates link:friendfeed-aggregator:aggregates:anobii-library",
				"edge:aggregates link:friendfeed-aggregator:aggregates:flickr-photos",
				"edge:aggregates link:facebook-page:aggregates:youtube-channel",
				"edge:aggregates link:facebook-page:aggregates:flickr-photos",
				"edge:feeds link:twitter-account:feeds:facebook-page",
				"edge:crossPosts link:friendfeed-aggregator:crossPosts:facebook-page"), edges);
		GEdge gateway = (GEdge) example.session().require("link:company-site:gateway:facebook-page");
		assertEquals("company-site", gateway.getSourceId());
		assertEquals("facebook-page", gateway.getTargetId());
		assertEquals("The website's way in to the social platforms", text("link:company-site:gateway:facebook-page#note"));
	}

	@Test
	void aModelWithoutLayoutOpensLaidOutWithNoTwoNodesOverlappingAndIsNotDirty() {
		List<GNode> nodes = nodes();
		for (GNode a : nodes) {
			for (GNode b : nodes) {
				if (a != b) {
					assertFalse(overlap(a, b), a.getId() + " overlaps " + b.getId());
				}
			}
		}
		assertFalse(example.session().last(SetDirtyStateAction.class).orElseThrow().isDirty(), "drawing is not an edit");
		assertFalse(example.session().document().commandStack().canUndo());
		assertEquals(7, example.session().state().diagramLayout().getNodes().size(), "the automatic layout is kept for the next save");
	}

	@Test
	void presencesWhosePlatformNoCatalogHasStillShow() throws Exception {
		try (ExampleServer edited = ExampleServer.start(example.folder().resolve("unknown"),
				example -> example.replace("platform=\"anobii\"", "platform=\"myspace-2007\""))) {
			Session unknown = edited.open(DiagramKind.MAP);
			GNode anobii = (GNode) unknown.require("anobii-library");
			assertTrue(anobii.getCssClasses().contains("unknown-platform"), anobii.getCssClasses().toString());
			assertEquals("myspace-2007", anobii.getArgs().get("platform"));
			assertEquals("myspace-2007", anobii.getArgs().get("platformName"));
			assertEquals("", ((GLabel) unknown.require("anobii-library#kind")).getText());
		}
	}

	private List<GNode> nodes() {
		return example.session().root().getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList();
	}

	private String text(String labelId) {
		GModelElement label = example.session().require(labelId);
		return ((GLabel) label).getText();
	}

	private static boolean overlap(GNode a, GNode b) {
		return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
				&& b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
				&& a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
				&& b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
	}
}
