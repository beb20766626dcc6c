package org.socialmap.diagram.server.team;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.diagram.SocialmapDiagramModule;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.diagram.server.operations.ChangeBoundsHandler;
import org.socialmap.diagram.server.operations.ChangeRoutingPointsHandler;
import org.socialmap.diagram.server.operations.CreateCurationHandler;
import org.socialmap.diagram.server.operations.CreateMemberHandler;
import org.socialmap.diagram.server.operations.CreateTeamHandler;
import org.socialmap.diagram.server.operations.ReconnectEdgeHandler;

/** The team diagram ({@code socialmap-team}). */
public class TeamDiagramModule extends SocialmapDiagramModule {

	public TeamDiagramModule(ServedDocument served) {
		super(served);
	}

	@Override
	protected DiagramKind kind() {
		return DiagramKind.TEAM;
	}

	@Override
	protected Class<? extends DiagramGraph> bindDiagramGraph() {
		return TeamGraph.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return TeamDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return TeamGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return TeamPalette.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(CreateTeamHandler.class);
		binding.add(CreateMemberHandler.class);
		binding.add(CreateCurationHandler.class);
		binding.add(ReconnectEdgeHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(ChangeRoutingPointsHandler.class);
	}
}
