package org.socialmap.diagram.server.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.model.LinkKind;
import org.socialmap.model.MapNode;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/** Draws a link of the kind the palette entry names ({@code edge:gateway}...) between two map nodes. */
public class CreateLinkHandler extends SocialmapOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return LinkKind.VALUES.stream().map(ElementTypes::link).toList();
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		LinkKind kind = ElementTypes.linkKind(operation.getElementTypeId());
		MapNode source = elements.require(operation.getSourceElementId(), MapNode.class);
		MapNode target = elements.require(operation.getTargetElementId(), MapNode.class);
		LinkRules.check(kind, source, target);
		return Optional.of(SocialmapCommands.compound("Link " + Labels.of(source) + " to " + Labels.of(target) + " ("
				+ kind.getLiteral() + ")", SocialmapCommands.addLink(domain(), elements.client(), kind, source, target)));
	}
}
