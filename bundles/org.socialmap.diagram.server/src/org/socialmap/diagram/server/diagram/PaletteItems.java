package org.socialmap.diagram.server.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;

/** Palette groups and entries, kept in the order they are added (the client sorts by the sort string). */
public final class PaletteItems {

	private final List<PaletteItem> groups = new ArrayList<>();

	public PaletteItems group(String id, String label, List<PaletteItem> items) {
		groups.add(PaletteItem.createPaletteGroup(id, label, items, null, order(groups.size())));
		return this;
	}

	public List<PaletteItem> groups() {
		return groups;
	}

	/** An entry that creates a node of {@code elementTypeId}; {@code position} orders it in its group. */
	public static PaletteItem node(String elementTypeId, String label, int position) {
		return new PaletteItem(elementTypeId, label, new TriggerNodeCreationAction(elementTypeId), null, order(position));
	}

	/** An entry that draws an edge of {@code elementTypeId}. */
	public static PaletteItem edge(String elementTypeId, String label, int position) {
		return new PaletteItem(elementTypeId, label, new TriggerEdgeCreationAction(elementTypeId), null, order(position));
	}

	/** "Cross-posts" for {@code cross-posts}. */
	public static String capitalized(String literal) {
		return literal.substring(0, 1).toUpperCase(Locale.ROOT) + literal.substring(1);
	}

	private static String order(int position) {
		return String.format(Locale.ROOT, "%04d", position);
	}
}
