package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.diagram.server.diagram.Choice;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.filter.FilterSettings;
import org.socialmap.diagram.server.filter.RequestFilterOptionsAction;
import org.socialmap.diagram.server.filter.SetDiagramFilterOperation;
import org.socialmap.diagram.server.filter.SetFilterOptionsAction;

/** The filters of a diagram: kept in its layout, applied to what it draws, undone like any edit. */
class FilterTest {

	private static final Set<String> ALL = Set.of("company-site", "facebook-page", "youtube-channel", "twitter-account",
			"anobii-library", "flickr-photos", "friendfeed-aggregator");

	@RegisterExtension
	final ServedExample example = ServedExample.showing(DiagramKind.MAP);

	@Test
	void hidesPresencesOfTheHiddenKindsAndTheirLinks() {
		filter(new FilterSettings(List.of("video", "aggregator"), "", false, false));
		assertEquals(Set.of("company-site", "facebook-page", "twitter-account", "anobii-library", "flickr-photos"), nodes());
		assertTrue(edges().stream().noneMatch(edge -> edge.contains("youtube") || edge.contains("friendfeed")), edges().toString());
		assertEquals(List.of("aggregator", "video"), example.session().state().diagramLayout().getHiddenKinds(), "kept in the layout");
	}

	@Test
	void showsOnlyWhatOneCuratorCurates() {
		filter(new FilterSettings(List.of(), "luca", false, false));
		assertEquals(Set.of("youtube-channel", "flickr-photos"), nodes());
	}

	@Test
	void hidesClosedPlatforms() {
		filter(new FilterSettings(List.of(), "", true, false));
		assertFalse(nodes().contains("friendfeed-aggregator"));
		assertEquals(ALL.size() - 1, nodes().size());
	}

	@Test
	void showsOnlyWhatTheRulesHaveFindingsOn() {
		filter(new FilterSettings(List.of(), "", false, true));
		assertEquals(Set.of("twitter-account", "friendfeed-aggregator"), nodes());
	}

	@Test
	void aFilterIsUndoneLikeAnyEdit() {
		filter(new FilterSettings(List.of("video"), "chiara", true, true));
		example.session().send(new UndoAction());
		assertEquals(ALL, nodes());
		assertEquals(List.of(), example.session().state().diagramLayout().getHiddenKinds());
	}

	@Test
	void offersEveryInstalledKindAndTheClientsMembers() {
		filter(new FilterSettings(List.of("photo"), "sara", false, false));
		example.session().send(new RequestFilterOptionsAction());
		SetFilterOptionsAction options = example.session().last(SetFilterOptionsAction.class).orElseThrow();
		assertEquals(Catalogs.registry().kinds().stream().map(PlatformKind::id).toList(),
				options.getKinds().stream().map(Choice::value).toList());
		assertTrue(options.getKinds().contains(new Choice("photo", "Photo sharing")));
		assertEquals(List.of("chiara", "luca", "sara", "paolo", "elena"), options.getCurators().stream().map(Choice::value).toList());
		assertEquals(new FilterSettings(List.of("photo"), "sara", false, false), options.getFilter());
	}

	@Test
	void aCuratorWhoIsNoMemberIsRefused() {
		filter(new FilterSettings(List.of(), "nobody", false, false));
		assertEquals(List.of("There is no element 'nobody' in 'Officina Digitale'."), example.session().messages("ERROR"));
		assertEquals(ALL, nodes());
	}

	private void filter(FilterSettings settings) {
		example.session().send(new SetDiagramFilterOperation(settings));
	}

	private Set<String> nodes() {
		return example.session().root().getChildren().stream().filter(GNode.class::isInstance).map(node -> node.getId())
				.collect(Collectors.toSet());
	}

	private List<String> edges() {
		return example.session().root().getChildren().stream().filter(GEdge.class::isInstance).map(edge -> edge.getId()).toList();
	}
}
