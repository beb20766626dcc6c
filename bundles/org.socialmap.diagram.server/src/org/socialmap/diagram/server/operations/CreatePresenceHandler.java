package org.socialmap.diagram.server.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.catalog.Platform;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.document.ModelServices;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.edit.SocialmapCommands;

import com.google.inject.Inject;

/** Adds a presence on the platform the palette entry names ({@code node:presence:PLATFORM}), named after the platform. */
public class CreatePresenceHandler extends SocialmapOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Inject
	private ModelServices services;

	/** One element type per platform of the catalogs installed when the session started. */
	@Override
	public List<String> getHandledElementTypeIds() {
		return services.catalogs().get().platforms().stream().map(platform -> ElementTypes.PRESENCE_ON + platform.id())
				.toList();
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		String platformId = operation.getElementTypeId().substring(ElementTypes.PRESENCE_ON.length());
		Platform platform = services.catalogs().get().platform(platformId).orElseThrow(() -> new GLSPServerException(
				"No installed catalog has the platform '" + platformId + "' any more: reload the page for the current palette."));
		Presence presence = SocialmapFactory.eINSTANCE.createPresence();
		presence.setId(state.document().newId(platform.id()));
		presence.setName(platform.name());
		presence.setPlatform(platform.id());
		Command add = AddCommand.create(domain(), elements.client(), Literals.CLIENT_COMPANY__PRESENCES, presence);
		return Optional.of(SocialmapCommands.compound("Add a presence on " + platform.name(),
				NodePlacement.addedAt(state, add, presence.getId(), operation)));
	}
}
