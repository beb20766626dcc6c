package org.socialmap.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.MapNodes;
import org.socialmap.diagram.server.layout.Box;
import org.socialmap.diagram.server.layout.LayoutEntryCommands;
import org.socialmap.model.edit.SocialmapCommands;

/**
 * Keeps where the user moved (or to what size they resized) websites, presences and teams, pinned so
 * that a layout of the unpinned elements leaves them there. A team's size follows its members.
 */
public class ChangeBoundsHandler extends SocialmapOperationHandler<ChangeBoundsOperation> {

	private static final Set<String> RESIZABLE = Set.of(ElementTypes.WEBSITE, ElementTypes.PRESENCE);
	private static final Set<String> MOVABLE = Set.of(ElementTypes.WEBSITE, ElementTypes.PRESENCE, ElementTypes.TEAM);

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		if (operation.getNewBounds() == null || operation.getNewBounds().isEmpty()) {
			throw new GLSPServerException("The move names no element.");
		}
		List<Command> moves = new ArrayList<>();
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			GModelElement node = state.getIndex().get(bounds.getElementId()).orElseThrow(() -> new GLSPServerException(
					"There is no element '" + bounds.getElementId() + "' on this diagram to move."));
			if (!MOVABLE.contains(node.getType())) {
				throw new GLSPServerException("'" + bounds.getElementId() + "' keeps the place the diagram gives it.");
			}
			if (bounds.getNewPosition() == null) {
				throw new GLSPServerException("The move of '" + bounds.getElementId() + "' gives no position.");
			}
			moves.add(LayoutEntryCommands.placeByHand(domain(), state.diagramLayout(), bounds.getElementId(), new Box(
					bounds.getNewPosition().getX(), bounds.getNewPosition().getY(), width(node, bounds.getNewSize()),
					height(node, bounds.getNewSize()))));
		}
		return Optional.of(SocialmapCommands.compound(moves.size() == 1 ? "Move" : "Move " + moves.size() + " elements", moves));
	}

	/** The width to keep: 0 (the standard size) unless the user resized the node to another. */
	private static double width(GModelElement node, GDimension size) {
		return RESIZABLE.contains(node.getType()) && size != null && size.getWidth() > 0
				&& size.getWidth() != MapNodes.SIZE.width() ? size.getWidth() : 0;
	}

	private static double height(GModelElement node, GDimension size) {
		return RESIZABLE.contains(node.getType()) && size != null && size.getHeight() > 0
				&& size.getHeight() != MapNodes.SIZE.height() ? size.getHeight() : 0;
	}
}
