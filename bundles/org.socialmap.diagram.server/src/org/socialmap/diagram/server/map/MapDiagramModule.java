package org.socialmap.diagram.server.map;

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
import org.socialmap.diagram.server.operations.CreateLinkHandler;
import org.socialmap.diagram.server.operations.CreatePresenceHandler;
import org.socialmap.diagram.server.operations.CreateWebsiteHandler;
import org.socialmap.diagram.server.operations.ReconnectEdgeHandler;

/** The social media map ({@code socialmap-map}). */
public class MapDiagramModule extends SocialmapDiagramModule {

	public MapDiagramModule(ServedDocument served) {
		super(served);
	}

	@Override
	protected DiagramKind kind() {
		return DiagramKind.MAP;
	}

	@Override
	protected Class<? extends DiagramGraph> bindDiagramGraph() {
		return MapGraph.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return MapDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return MapGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return MapPalette.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(CreateWebsiteHandler.class);
		binding.add(CreatePresenceHandler.class);
		binding.add(CreateLinkHandler.class);
		binding.add(ReconnectEdgeHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(ChangeRoutingPointsHandler.class);
	}
}
