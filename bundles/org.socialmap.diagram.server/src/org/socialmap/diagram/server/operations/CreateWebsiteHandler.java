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
import org.socialmap.model.Website;
import org.socialmap.model.edit.SocialmapCommands;

/** Adds a website to the client's map. */
public class CreateWebsiteHandler extends SocialmapOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(ElementTypes.WEBSITE);
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		Website website = SocialmapFactory.eINSTANCE.createWebsite();
		website.setId(state.document().newId("website"));
		website.setName("Website");
		Command add = AddCommand.create(domain(), elements.client(), Literals.CLIENT_COMPANY__WEBSITES, website);
		return Optional.of(SocialmapCommands.compound("Add a website", NodePlacement.addedAt(state, add, website.getId(), operation)));
	}
}
