package org.socialmap.diagram.server.diagram;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.socialmap.diagram.server.filter.RequestFilterOptionsHandler;
import org.socialmap.diagram.server.filter.SetDiagramFilterHandler;
import org.socialmap.diagram.server.model.ModelAccessActionDispatcher;
import org.socialmap.diagram.server.model.RefreshModelActionHandler;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.diagram.server.model.SocialmapSourceModelStorage;
import org.socialmap.diagram.server.operations.ApplyLabelEditHandler;
import org.socialmap.diagram.server.operations.DeleteElementHandler;
import org.socialmap.diagram.server.operations.LayoutAllHandler;
import org.socialmap.diagram.server.operations.LayoutHandler;
import org.socialmap.diagram.server.operations.NameEditValidator;
import org.socialmap.diagram.server.operations.SetCurationRoleHandler;
import org.socialmap.diagram.server.operations.StrictOperationActionHandler;
import org.socialmap.diagram.server.properties.RequestPropertiesHandler;
import org.socialmap.diagram.server.properties.SetPropertyHandler;
import org.socialmap.diagram.server.validation.ApplyQuickFixHandler;
import org.socialmap.diagram.server.validation.FindingMarkers;
import org.socialmap.diagram.server.validation.RequestQuickFixesHandler;
import org.socialmap.document.ModelServices;

/**
 * What the map, team and matrix diagrams share: the session state on the shared documents, loading
 * and saving, the locking dispatcher, findings as markers, properties, quick fixes, filters, renaming,
 * deleting (names checked as they are typed), the matrix's role edit and automatic layout. Each
 * diagram adds its GModel factory, configuration, palette, the graph its layout places
 * ({@link DiagramGraph}) and the operations of its own.
 */
public abstract class SocialmapDiagramModule extends DiagramModule {

	private final ServedDocument served;

	protected SocialmapDiagramModule(ServedDocument served) {
		this.served = served;
	}

	protected abstract DiagramKind kind();

	/** The nodes and edges this diagram's automatic layout places. */
	protected abstract Class<? extends DiagramGraph> bindDiagramGraph();

	@Override
	public String getDiagramType() {
		return kind().glspType();
	}

	@Override
	protected void configureAdditionals() {
		bind(ServedDocument.class).toInstance(served);
		bind(ModelServices.class).toInstance(served.services());
		bind(DiagramKind.class).toInstance(kind());
		bind(DiagramGraph.class).to(bindDiagramGraph());
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return SocialmapModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return SocialmapSourceModelStorage.class;
	}

	@Override
	protected Class<? extends ActionDispatcher> bindActionDispatcher() {
		return ModelAccessActionDispatcher.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return FindingMarkers.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return NameEditValidator.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.rebind(OperationActionHandler.class, StrictOperationActionHandler.class);
		binding.add(RefreshModelActionHandler.class);
		binding.add(RequestPropertiesHandler.class);
		binding.add(RequestQuickFixesHandler.class);
		binding.add(RequestFilterOptionsHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		// GLSP's would change the GModel, not the model; ours lay out each diagram's DiagramGraph.
		binding.remove(LayoutOperationHandler.class);
		binding.remove(GModelCutOperationHandler.class);
		binding.add(ApplyLabelEditHandler.class);
		binding.add(DeleteElementHandler.class);
		binding.add(SetPropertyHandler.class);
		binding.add(ApplyQuickFixHandler.class);
		binding.add(SetDiagramFilterHandler.class);
		binding.add(SetCurationRoleHandler.class);
		binding.add(LayoutAllHandler.class);
		binding.add(LayoutHandler.class);
	}
}
