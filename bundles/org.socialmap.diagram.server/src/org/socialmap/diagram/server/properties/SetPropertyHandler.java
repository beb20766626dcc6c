package org.socialmap.diagram.server.properties;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.layout.LayoutEntryCommands;
import org.socialmap.diagram.server.operations.SocialmapOperationHandler;
import org.socialmap.model.Team;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/** Changes one property from the side panel, as a set command on the element (or, for a team's collapsed state, on the layout). */
public class SetPropertyHandler extends SocialmapOperationHandler<SetPropertyOperation> {

	@Override
	public Optional<Command> createCommand(SetPropertyOperation operation) {
		if (operation.getFeature() == null) {
			throw new GLSPServerException("The change does not say which property to set.");
		}
		EObject element = elements.elementOrEdge(operation.getElementId());
		if (PropertySheet.COLLAPSED.equals(operation.getFeature()) && element instanceof Team team
				&& state.kind() == DiagramKind.TEAM) {
			boolean collapsed = Boolean.TRUE.equals(operation.getValue()) || "true".equals(operation.getValue());
			return Optional.of(SocialmapCommands.compound((collapsed ? "Collapse " : "Expand ") + Labels.of(team),
					LayoutEntryCommands.collapse(domain(), state.diagramLayout(), team.getId(), collapsed)));
		}
		IItemPropertyDescriptor descriptor = new PropertySheet(state.document()).editable(element, operation.getFeature());
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(element);
		String label = descriptor.getDisplayName(element);
		Object value = PropertyValues.convert(feature, label, operation.getValue(), state.document().services().catalogs().get());
		if (Objects.equals(value, element.eGet(feature)) && (value != null || !element.eIsSet(feature))) {
			return Optional.empty();
		}
		return Optional.of(SocialmapCommands.compound("Set " + label + " of " + Labels.label(element),
				SetCommand.create(domain(), element, feature, value == null ? SetCommand.UNSET_VALUE : value)));
	}
}
