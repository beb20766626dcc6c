package org.socialmap.diagram.server.layout;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Places nodes that have no position (new ones, or all of them when the user asks for a layout)
 * without moving those that keep theirs: the new ones are laid out among themselves and put below
 * the others, so nothing placed by hand is covered.
 */
public final class Placement {

	/** Between the nodes that keep their place and those placed now. */
	static final double GAP = 80;

	private Placement() {
	}

	/** Positions for the nodes {@code toPlace} of {@code graph}, clear of the boxes {@code kept}. */
	public static Map<String, Position> place(LayoutGraph graph, Set<String> toPlace, Collection<Box> kept) {
		if (toPlace.isEmpty()) {
			return Map.of();
		}
		Map<String, Position> laidOut = LayeredLayout.layout(graph.only(toPlace));
		if (kept.isEmpty()) {
			return laidOut;
		}
		double left = kept.stream().mapToDouble(Box::x).min().orElse(0);
		double below = kept.stream().mapToDouble(Box::bottom).max().orElse(0) + GAP;
		Map<String, Position> shifted = new LinkedHashMap<>();
		laidOut.forEach((id, position) -> shifted.put(id, new Position(left + position.x(), below + position.y())));
		return shifted;
	}
}
