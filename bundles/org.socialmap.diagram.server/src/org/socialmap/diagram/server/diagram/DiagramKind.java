package org.socialmap.diagram.server.diagram;

import org.socialmap.notation.DiagramType;

/** The three diagrams of a client company, by their GLSP diagram type and their type in the layout file. */
public enum DiagramKind {
	MAP("socialmap-map", DiagramType.MAP),
	TEAM("socialmap-team", DiagramType.TEAM),
	MATRIX("socialmap-matrix", DiagramType.MATRIX);

	private final String glspType;
	private final DiagramType layoutType;

	DiagramKind(String glspType, DiagramType layoutType) {
		this.glspType = glspType;
		this.layoutType = layoutType;
	}

	/** The {@code diagramType} a client asks for. */
	public String glspType() {
		return glspType;
	}

	public DiagramType layoutType() {
		return layoutType;
	}
}
