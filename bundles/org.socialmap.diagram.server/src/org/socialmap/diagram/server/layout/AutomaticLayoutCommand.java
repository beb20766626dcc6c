package org.socialmap.diagram.server.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationPackage.Literals;

/**
 * The layout the user asks for, as one command on the layout: every node of the diagram, or only
 * those not pinned (placed by hand), gets the place ELK gives it and is no longer pinned; the routes
 * of the edges that touch a node moved are dropped, since they were drawn for where it was.
 */
public final class AutomaticLayoutCommand {

	private AutomaticLayoutCommand() {
	}

	/** The command, or nothing when there is nothing to lay out (every node pinned and kept). */
	public static Optional<Command> create(EditingDomain domain, DiagramLayout diagram, LayoutGraph graph,
			boolean keepPinned) {
		NodeLayouts existing = new NodeLayouts(diagram);
		Set<String> toPlace = new LinkedHashSet<>();
		List<Box> kept = new ArrayList<>();
		graph.nodes().forEach((id, size) -> {
			NodeLayout node = existing.of(id);
			if (keepPinned && node != null && node.isPinned()) {
				kept.add(NodeLayouts.box(node, size));
			} else {
				toPlace.add(id);
			}
		});
		if (toPlace.isEmpty()) {
			return Optional.empty();
		}
		List<Command> changes = new ArrayList<>();
		Map<String, Position> positions = Placement.place(graph, toPlace, kept);
		positions.forEach((id, position) -> changes.addAll(moveTo(domain, diagram, existing.of(id), id, position)));
		List<EdgeLayout> staleRoutes = staleRoutes(diagram, graph, toPlace);
		if (!staleRoutes.isEmpty()) {
			changes.add(RemoveCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__EDGES, staleRoutes));
		}
		return Optional.of(SocialmapCommands.compound(keepPinned ? "Lay out what was not placed by hand"
				: "Lay out the whole diagram", changes));
	}

	private static List<Command> moveTo(EditingDomain domain, DiagramLayout diagram, NodeLayout node, String id,
			Position position) {
		if (node == null) {
			return List.of(AddCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__NODES, NodeLayouts.placed(id, position)));
		}
		List<Command> commands = new ArrayList<>();
		commands.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__X, position.x()));
		commands.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__Y, position.y()));
		if (node.isPinned()) {
			commands.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__PINNED, false));
		}
		return commands;
	}

	private static List<EdgeLayout> staleRoutes(DiagramLayout diagram, LayoutGraph graph, Set<String> moved) {
		Set<String> touched = new LinkedHashSet<>();
		graph.edges().stream().filter(edge -> moved.contains(edge.source()) || moved.contains(edge.target()))
				.forEach(edge -> touched.add(edge.key()));
		return diagram.getEdges().stream().filter(edge -> touched.contains(edge.getElement())).toList();
	}
}
