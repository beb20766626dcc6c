package org.socialmap.diagram.server.diagram;

import org.socialmap.diagram.server.layout.LayoutGraph;

/** The top-level nodes and edges a diagram draws now, filters applied: what an automatic layout places. */
public interface DiagramGraph {

	LayoutGraph current();
}
