package org.socialmap.diagram.server.matrix;

import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.diagram.SocialmapDiagramModule;
import org.socialmap.diagram.server.model.ServedDocument;

/**
 * The curator x presence matrix ({@code socialmap-matrix}): cells are edited with {@code setCurationRole};
 * a layout asked for changes nothing, as every diagram takes one.
 */
public class MatrixDiagramModule extends SocialmapDiagramModule {

	public MatrixDiagramModule(ServedDocument served) {
		super(served);
	}

	@Override
	protected DiagramKind kind() {
		return DiagramKind.MATRIX;
	}

	@Override
	protected Class<? extends DiagramGraph> bindDiagramGraph() {
		return MatrixGraph.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return MatrixDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return MatrixGModelFactory.class;
	}

	/** Nothing to draw from a palette: a cell's role is set on the cell. */
	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return null;
	}
}
