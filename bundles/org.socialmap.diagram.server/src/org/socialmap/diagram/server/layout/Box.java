package org.socialmap.diagram.server.layout;

import org.socialmap.diagram.server.layout.LayoutGraph.Size;

/** Where a node stands and how big it is. */
public record Box(double x, double y, double width, double height) {

	public Size size() {
		return new Size(width, height);
	}

	public double bottom() {
		return y + height;
	}
}
