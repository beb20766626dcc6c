package org.socialmap.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.socialmap.diagram.server.layout.Box;
import org.socialmap.diagram.server.layout.LayoutEntryCommands;
import org.socialmap.diagram.server.model.SocialmapModelState;

/** Where a node created from the palette goes: where it was dropped, pinned; automatically when no place was given. */
final class NodePlacement {

	private NodePlacement() {
	}

	/** The commands that add the element, then place it where the operation dropped it. */
	static List<Command> addedAt(SocialmapModelState state, Command add, String elementId, CreateNodeOperation operation) {
		List<Command> commands = new ArrayList<>(List.of(add));
		operation.getLocation().ifPresent(location -> commands.add(LayoutEntryCommands.placeByHand(state.document().domain(),
				state.diagramLayout(), elementId, new Box(location.getX(), location.getY(), 0, 0))));
		return commands;
	}
}
