package org.socialmap.diagram.server.matrix;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.SocialmapDiagramConfiguration;

/** A grid the server lays out: nothing moves; members and presences may be deleted from their headers, cells are edited. */
public class MatrixDiagramConfiguration extends SocialmapDiagramConfiguration {

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return List.of(shape(ElementTypes.MATRIX_MEMBER, false, false, true),
				shape(ElementTypes.MATRIX_PRESENCE, false, false, true), shape(ElementTypes.MATRIX_CELL, false, false, false));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return List.of();
	}
}
