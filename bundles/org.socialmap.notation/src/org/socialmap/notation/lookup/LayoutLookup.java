package org.socialmap.notation.lookup;

import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationFactory;

/** Finds the entries of a layout that place a diagram, a node or an edge. */
public final class LayoutLookup {

	private LayoutLookup() {
	}

	/** The layout of the {@code type} diagram of the client with id {@code clientId}, added to {@code layout} when it has none yet. */
	public static DiagramLayout diagram(Layout layout, String clientId, DiagramType type) {
		for (DiagramLayout diagram : layout.getDiagrams()) {
			if (clientId.equals(diagram.getClient()) && diagram.getType() == type) {
				return diagram;
			}
		}
		DiagramLayout diagram = NotationFactory.eINSTANCE.createDiagramLayout();
		diagram.setClient(clientId);
		diagram.setType(type);
		layout.getDiagrams().add(diagram);
		return diagram;
	}

	/** Where the element with id {@code elementId} stands in {@code diagram}; null when it is to be laid out automatically. */
	public static NodeLayout node(DiagramLayout diagram, String elementId) {
		for (NodeLayout node : diagram.getNodes()) {
			if (elementId.equals(node.getElement())) {
				return node;
			}
		}
		return null;
	}

	/** How the edge with key {@code key} ({@link EdgeKeys}) is routed in {@code diagram}; null when it is routed automatically. */
	public static EdgeLayout edge(DiagramLayout diagram, String key) {
		for (EdgeLayout edge : diagram.getEdges()) {
			if (key.equals(edge.getElement())) {
				return edge;
			}
		}
		return null;
	}
}
