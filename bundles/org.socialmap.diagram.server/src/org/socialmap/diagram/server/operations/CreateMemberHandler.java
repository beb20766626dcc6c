package org.socialmap.diagram.server.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.Team;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/** Adds a member to the team it is dropped into (on the team, its member list or one of its members). */
public class CreateMemberHandler extends SocialmapOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(ElementTypes.MEMBER);
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		Team team = team(operation.getContainerId());
		Member member = SocialmapFactory.eINSTANCE.createMember();
		member.setId(state.document().newId("member"));
		member.setName("New member");
		return Optional.of(SocialmapCommands.compound("Add a member to " + Labels.of(team),
				AddCommand.create(domain(), team, Literals.TEAM__MEMBERS, member)));
	}

	private Team team(String containerId) {
		String id = containerId != null && GModelIds.isPart(containerId, GModelIds.MEMBERS) ? GModelIds.owner(containerId)
				: containerId;
		ModelElement container = id == null ? null : elements.find(id).orElse(null);
		if (container instanceof Member member && member.eContainer() instanceof Team team) {
			return team;
		}
		if (container instanceof Team team) {
			return team;
		}
		throw new GLSPServerException("A member belongs to a team: drop the new member into one.");
	}
}
