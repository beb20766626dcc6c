package org.socialmap.diagram.server.properties;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.socialmap.diagram.server.diagram.DiagramElements;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.layout.NodeLayouts;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.model.ModelElement;
import org.socialmap.notation.NodeLayout;

import com.google.inject.Inject;

/** Answers {@code requestProperties} with the element's properties. */
public class RequestPropertiesHandler extends AbstractActionHandler<RequestPropertiesAction> {

	@Inject
	private SocialmapModelState state;

	@Inject
	private DiagramElements elements;

	@Override
	protected List<Action> executeAction(RequestPropertiesAction action) {
		EObject element = elements.elementOrEdge(action.getElementId());
		Optional<NodeLayout> node = element instanceof ModelElement modelElement
				? Optional.ofNullable(new NodeLayouts(state.diagramLayout()).of(modelElement.getId()))
				: Optional.empty();
		List<Property> properties = new PropertySheet(state.document()).of(element, node, state.kind() == DiagramKind.TEAM);
		return listOf(new SetPropertiesAction(action.getElementId(), properties));
	}
}
