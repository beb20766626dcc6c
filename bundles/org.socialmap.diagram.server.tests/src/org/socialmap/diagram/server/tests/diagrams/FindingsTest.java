package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.properties.SetPropertyOperation;
import org.socialmap.diagram.server.validation.ApplyQuickFixOperation;
import org.socialmap.diagram.server.validation.RequestQuickFixesAction;
import org.socialmap.diagram.server.validation.SetQuickFixesAction;
import org.socialmap.diagram.server.validation.SetQuickFixesAction.Fix;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.tests.common.Conditions;

/** The rules' findings as markers on the elements they concern, refreshed after each edit; quick fixes undone like any edit. */
class FindingsTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private static final String CLOSED_PLATFORM = "socialmap.closed-platform";
	private static final String CURATOR_FIT = "socialmap.curator-without-affinity";

	@RegisterExtension
	final ServedExample example = new ServedExample();

	@Test
	void findingsAreMarkersOnTheElementsTheyConcern() {
		assertEquals(Set.of("twitter-account " + CURATOR_FIT + " warning", "friendfeed-aggregator " + CURATOR_FIT + " warning",
				"friendfeed-aggregator " + CLOSED_PLATFORM + " warning"), firstMarkers(example.open(DiagramKind.MAP)));
	}

	@Test
	void onTheTeamDiagramACuratorsFindingIsOnTheCurationAndInTheMatrixOnItsCell() {
		assertTrue(firstMarkers(example.open(DiagramKind.TEAM)).contains("curation:chiara:twitter-account " + CURATOR_FIT + " warning"));
		assertTrue(firstMarkers(example.open(DiagramKind.MATRIX)).contains("cell:elena:friendfeed-aggregator " + CURATOR_FIT + " warning"));
	}

	@Test
	void markersAreRefreshedAfterAnEdit() {
		Session map = example.open(DiagramKind.MAP);
		firstMarkers(map);
		Set<String> after = markersAfter(map, () -> map.send(new SetPropertyOperation("youtube-channel", "purpose", "")));
		assertTrue(after.contains("youtube-channel socialmap.showcase-presence warning"), after.toString());
	}

	@Test
	void aQuickFixAppliedFromTheDiagramIsUndoneLikeAnyEdit() {
		Session map = example.open(DiagramKind.MAP);
		firstMarkers(map);
		map.send(new RequestQuickFixesAction("friendfeed-aggregator"));
		List<Fix> fixes = map.last(SetQuickFixesAction.class).orElseThrow().getFixes();
		Fix markObsolete = fixes.stream().filter(fix -> fix.id().startsWith(CLOSED_PLATFORM + "/")).findFirst().orElseThrow();

		Set<String> fixed = markersAfter(map, () -> map.send(new ApplyQuickFixOperation("friendfeed-aggregator", markObsolete.id())));
		Presence friendfeed = (Presence) map.document().element("friendfeed-aggregator").orElseThrow();
		assertEquals(PresenceStatus.OBSOLETE, friendfeed.getStatus());
		assertTrue(map.require("friendfeed-aggregator").getCssClasses().contains("obsolete"));
		assertTrue(fixed.stream().noneMatch(marker -> marker.contains(CLOSED_PLATFORM)), fixed.toString());
		assertEquals(markObsolete.label(), map.document().commandStack().getUndoCommand().getLabel());

		Set<String> undone = markersAfter(map, () -> map.send(new UndoAction()));
		assertEquals(PresenceStatus.ACTIVE, friendfeed.getStatus());
		assertTrue(undone.contains("friendfeed-aggregator " + CLOSED_PLATFORM + " warning"));
	}

	@Test
	void aFixNoLongerOfferedIsRefused() {
		Session map = example.open(DiagramKind.MAP);
		map.send(new ApplyQuickFixOperation("friendfeed-aggregator", CLOSED_PLATFORM + "/Do something else"));
		assertEquals(List.of("That fix is no longer offered on 'friendfeed-aggregator': the model changed since it was listed."
				+ " Ask for the fixes again."), map.messages("ERROR"));
	}

	/** The markers GLSP sends once the model is drawn, as "ELEMENT RULE KIND". */
	private static Set<String> firstMarkers(Session session) {
		Conditions.await(() -> session.last(SetMarkersAction.class).isPresent(), PATIENCE, "the first markers");
		return newest(session);
	}

	/** The markers GLSP sends after {@code edit}. */
	private static Set<String> markersAfter(Session session, Runnable edit) {
		long before = session.count(SetMarkersAction.class);
		edit.run();
		Conditions.await(() -> session.count(SetMarkersAction.class) > before, PATIENCE, "the markers after the edit");
		return newest(session);
	}

	private static Set<String> newest(Session session) {
		return session.last(SetMarkersAction.class).orElseThrow().getMarkers().stream()
				.map(marker -> marker.getElementId() + " " + marker.getLabel() + " " + marker.getType())
				.collect(Collectors.toSet());
	}
}
