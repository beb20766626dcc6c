package org.socialmap.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socialmap.diagram.server.layout.LayoutGraph;
import org.socialmap.diagram.server.layout.LayoutGraph.Size;
import org.socialmap.diagram.server.layout.Position;

/**
 * How readable a layout is, roughly: how many pairs of edges cross, each drawn as a straight line
 * between its nodes' centres (as the client draws edges without a route), and how big the drawing is.
 */
final class Crossings {

	private Crossings() {
	}

	static long count(LayoutGraph graph, Map<String, Position> positions) {
		List<double[]> segments = graph.edges().stream()
				.map(edge -> segment(centre(graph, positions, edge.source()), centre(graph, positions, edge.target()))).toList();
		long crossings = 0;
		for (int i = 0; i < segments.size(); i++) {
			for (int j = i + 1; j < segments.size(); j++) {
				if (cross(segments.get(i), segments.get(j))) {
					crossings++;
				}
			}
		}
		return crossings;
	}

	/** "12,345 x 6,789 px". */
	static String extent(LayoutGraph graph, Map<String, Position> positions) {
		double right = 0;
		double bottom = 0;
		for (Map.Entry<String, Size> node : graph.nodes().entrySet()) {
			Position position = positions.get(node.getKey());
			right = Math.max(right, position.x() + node.getValue().width());
			bottom = Math.max(bottom, position.y() + node.getValue().height());
		}
		return String.format(Locale.ROOT, "%,.0f x %,.0f px", right, bottom);
	}

	private static double[] centre(LayoutGraph graph, Map<String, Position> positions, String id) {
		Size size = graph.nodes().get(id);
		Position position = positions.get(id);
		return new double[] { position.x() + size.width() / 2, position.y() + size.height() / 2 };
	}

	private static double[] segment(double[] from, double[] to) {
		return new double[] { from[0], from[1], to[0], to[1] };
	}

	/** Whether the two segments cross at a point inside both (sharing an end is not crossing). */
	private static boolean cross(double[] a, double[] b) {
		double d1 = side(b, a[0], a[1]);
		double d2 = side(b, a[2], a[3]);
		double d3 = side(a, b[0], b[1]);
		double d4 = side(a, b[2], b[3]);
		return d1 * d2 < 0 && d3 * d4 < 0;
	}

	private static double side(double[] segment, double x, double y) {
		return (segment[2] - segment[0]) * (y - segment[1]) - (segment[3] - segment[1]) * (x - segment[0]);
	}
}
