package org.socialmap.diagram.server.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.Team;
import org.socialmap.model.edit.SocialmapCommands;

/** Adds a team, empty, to the client. */
public class CreateTeamHandler extends SocialmapOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(ElementTypes.TEAM);
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		Team team = SocialmapFactory.eINSTANCE.createTeam();
		team.setId(state.document().newId("team"));
		team.setName("New team");
		Command add = AddCommand.create(domain(), elements.client(), Literals.CLIENT_COMPANY__TEAMS, team);
		return Optional.of(SocialmapCommands.compound("Add a team", NodePlacement.addedAt(state, add, team.getId(), operation)));
	}
}
