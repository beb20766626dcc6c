package org.socialmap.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.layout.LayoutEntryCommands;
import org.socialmap.diagram.server.layout.Position;
import org.socialmap.model.edit.SocialmapCommands;

/** Keeps the routes the user drew for edges, by edge key. */
public class ChangeRoutingPointsHandler extends SocialmapOperationHandler<ChangeRoutingPointsOperation> {

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		if (operation.getNewRoutingPoints() == null || operation.getNewRoutingPoints().isEmpty()) {
			throw new GLSPServerException("The change of route names no edge.");
		}
		List<Command> routes = new ArrayList<>();
		for (ElementAndRoutingPoints route : operation.getNewRoutingPoints()) {
			String key = route.getElementId();
			state.getIndex().getByClass(key, GEdge.class).orElseThrow(
					() -> new GLSPServerException("There is no edge '" + key + "' on this diagram to route."));
			List<Position> points = route.getNewRoutingPoints() == null ? List.of()
					: route.getNewRoutingPoints().stream().map(point -> new Position(point.getX(), point.getY())).toList();
			routes.add(LayoutEntryCommands.route(domain(), state.diagramLayout(), key, points));
		}
		return Optional.of(SocialmapCommands.compound("Route", routes));
	}
}
