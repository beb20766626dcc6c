package org.socialmap.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.socialmap.diagram.server.layout.LayoutGraph;
import org.socialmap.diagram.server.layout.Position;

/**
 * ELK Layered with its own defaults but Socialmap's direction and spacing: the yardstick for the
 * options Socialmap chooses by size.
 */
final class ElkDefaults {

	private ElkDefaults() {
	}

	static Map<String, Position> layout(LayoutGraph graph) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 30.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 80.0);
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		graph.nodes().forEach((id, size) -> {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(size.width(), size.height());
			nodes.put(id, node);
		});
		graph.edges().forEach(edge -> ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target())));
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
		Map<String, Position> positions = new LinkedHashMap<>();
		nodes.forEach((id, node) -> positions.put(id, new Position(node.getX(), node.getY())));
		return positions;
	}
}
