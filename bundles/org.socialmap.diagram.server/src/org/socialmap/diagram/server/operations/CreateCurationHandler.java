package org.socialmap.diagram.server.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;

/**
 * Gives a member a role on a presence ({@code edge:owner}, {@code edge:contributor}, {@code edge:backup}),
 * drawn from the member to the presence or the other way round.
 */
public class CreateCurationHandler extends SocialmapOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return CurationRole.VALUES.stream().map(ElementTypes::curation).toList();
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		CurationRole role = ElementTypes.curationRole(operation.getElementTypeId());
		ModelElement source = elements.require(operation.getSourceElementId(), ModelElement.class);
		ModelElement target = elements.require(operation.getTargetElementId(), ModelElement.class);
		boolean fromMember = source instanceof Member;
		Member member = elements.require((fromMember ? source : target).getId(), Member.class);
		Presence presence = elements.require((fromMember ? target : source).getId(), Presence.class);
		return Optional.of(CurationRoles.add(state.document(), member, presence, role));
	}
}
