package org.socialmap.diagram.server.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a graph out with ELK Layered, left to right: links and curations read as flows, from websites
 * to presences and from teams to what they curate, the websites and teams in the first column. The provider is called directly rather than
 * through ELK's service registry, which does not see other bundles inside OSGi.
 *
 * <p>
 * The options depend on the size of the graph. Up to {@value #THOROUGH_UP_TO} nodes ELK's defaults
 * give the fewest crossings. Larger graphs (a portfolio of thousands of presences) are laid out with
 * one crossing-minimisation pass instead of seven and without the greedy switch post-pass: about 5%
 * more edge crossings on a dense map, for a layout twice as fast (docs/benchmarks.md). Edges keep ELK's
 * orthogonal routing although the client draws them straight: it spaces the layers by the edges
 * between them, where polyline routing spaces them by the edges' slopes and makes a wide map five
 * times wider.
 */
public final class LayeredLayout {

	/** Graphs up to this many nodes get ELK's most thorough crossing minimisation. */
	public static final int THOROUGH_UP_TO = 400;

	private static final double NODE_SPACING = 30;
	private static final double LAYER_SPACING = 80;

	static {
		// Registers the options' defaults and their types (ELK clones defaults through that registry).
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private LayeredLayout() {
	}

	/** The top-left corner of each node, the graph's top-left at (0, 0). */
	public static Map<String, Position> layout(LayoutGraph graph) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, graph.nodes().size());
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		graph.nodes().forEach((id, size) -> {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(size.width(), size.height());
			if (graph.isLeftmost(id)) {
				node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
			}
			nodes.put(id, node);
		});
		graph.edges().forEach(edge -> ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target())));
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
		Map<String, Position> positions = new LinkedHashMap<>();
		nodes.forEach((id, node) -> positions.put(id, new Position(node.getX(), node.getY())));
		return positions;
	}

	private static void configure(ElkNode root, int size) {
		root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		if (size > THOROUGH_UP_TO) {
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
		}
	}
}
