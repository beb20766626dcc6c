package org.socialmap.diagram.server.matrix;

import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.layout.LayoutGraph;

/** Nothing for an automatic layout to place: the matrix lays its grid out itself. */
public class MatrixGraph implements DiagramGraph {

	@Override
	public LayoutGraph current() {
		return new LayoutGraph();
	}
}
