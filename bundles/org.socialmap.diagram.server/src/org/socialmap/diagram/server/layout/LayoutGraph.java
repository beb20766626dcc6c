package org.socialmap.diagram.server.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an automatic layout needs to know of a diagram: its top-level nodes, by GModel id and size,
 * and which of them are joined (edges between nodes the graph does not have are left out).
 */
public final class LayoutGraph {

	/** A node's size. */
	public record Size(double width, double height) {
	}

	/** An edge between two nodes of the graph, by id; {@code key} is the edge's own id in the diagram. */
	public record Edge(String key, String source, String target) {
	}

	private final Map<String, Size> nodes = new LinkedHashMap<>();
	private final Set<String> leftmost = new HashSet<>();
	private final List<Edge> edges = new ArrayList<>();

	public LayoutGraph node(String id, Size size) {
		nodes.put(id, size);
		return this;
	}

	/** A node drawn in the first column, where the flows start: a website, a team. */
	public LayoutGraph leftmostNode(String id, Size size) {
		leftmost.add(id);
		return node(id, size);
	}

	public LayoutGraph edge(String key, String source, String target) {
		edges.add(new Edge(key, source, target));
		return this;
	}

	/** The nodes, in the order they were added. */
	public Map<String, Size> nodes() {
		return nodes;
	}

	/** Whether the node is drawn in the first column. */
	public boolean isLeftmost(String id) {
		return leftmost.contains(id);
	}

	/** The edges whose both ends are nodes of the graph. */
	public List<Edge> edges() {
		return edges.stream().filter(edge -> nodes.containsKey(edge.source()) && nodes.containsKey(edge.target()))
				.toList();
	}

	/** The part of this graph made of {@code ids}, with the edges among them. */
	public LayoutGraph only(Set<String> ids) {
		LayoutGraph part = new LayoutGraph();
		nodes.forEach((id, size) -> {
			if (ids.contains(id)) {
				part.nodes.put(id, size);
				if (leftmost.contains(id)) {
					part.leftmost.add(id);
				}
			}
		});
		part.edges.addAll(edges);
		return part;
	}
}
