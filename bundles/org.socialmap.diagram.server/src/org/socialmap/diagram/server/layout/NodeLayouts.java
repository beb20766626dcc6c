package org.socialmap.diagram.server.layout;

import java.util.HashMap;
import java.util.Map;

import org.socialmap.diagram.server.layout.LayoutGraph.Size;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationFactory;

/** The node entries of a diagram's layout, looked up by element id in one pass. */
public final class NodeLayouts {

	private final Map<String, NodeLayout> byElement = new HashMap<>();

	public NodeLayouts(DiagramLayout diagram) {
		diagram.getNodes().forEach(node -> byElement.putIfAbsent(node.getElement(), node));
	}

	/** The entry of the element with this id; null when it has none (it is to be placed automatically). */
	public NodeLayout of(String elementId) {
		return byElement.get(elementId);
	}

	/** The size the element is drawn at: its entry's, or {@code standard} when it has no entry or gives none. */
	public Size size(String elementId, Size standard) {
		NodeLayout node = of(elementId);
		return node == null ? standard : box(node, standard).size();
	}

	/** Where the node stands, drawn at the size its entry gives, or at {@code standard} when it gives none. */
	public static Box box(NodeLayout node, Size standard) {
		return new Box(node.getX(), node.getY(), node.getWidth() > 0 ? node.getWidth() : standard.width(),
				node.getHeight() > 0 ? node.getHeight() : standard.height());
	}

	/** A new entry for an element placed automatically at {@code position}, at its default size. */
	public static NodeLayout placed(String elementId, Position position) {
		NodeLayout node = NotationFactory.eINSTANCE.createNodeLayout();
		node.setElement(elementId);
		node.setX(position.x());
		node.setY(position.y());
		return node;
	}
}
