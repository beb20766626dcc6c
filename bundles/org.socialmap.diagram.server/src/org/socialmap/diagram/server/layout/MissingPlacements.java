package org.socialmap.diagram.server.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.NodeLayout;

/**
 * Gives every node of a diagram that has no layout entry one: all of them on a diagram's first
 * opening, then whatever appeared since (a presence added on another diagram, a layout entry the
 * file did not have). The entries are added outside the command stack: drawing is not an edit to
 * undo, and they are written with the next save.
 */
public final class MissingPlacements {

	private MissingPlacements() {
	}

	public static void place(DiagramLayout diagram, LayoutGraph graph) {
		NodeLayouts existing = new NodeLayouts(diagram);
		Set<String> missing = new LinkedHashSet<>();
		List<Box> kept = new ArrayList<>();
		graph.nodes().forEach((id, size) -> {
			NodeLayout node = existing.of(id);
			if (node == null) {
				missing.add(id);
			} else {
				kept.add(NodeLayouts.box(node, size));
			}
		});
		Map<String, Position> positions = Placement.place(graph, missing, kept);
		positions.forEach((id, position) -> diagram.getNodes().add(NodeLayouts.placed(id, position)));
	}
}
