package org.socialmap.diagram.server.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationFactory;
import org.socialmap.notation.NotationPackage.Literals;
import org.socialmap.notation.Point;

/** The changes to a layout that the user makes, as commands for the one command stack. */
public final class LayoutEntryCommands {

	private LayoutEntryCommands() {
	}

	/**
	 * Puts the element where the user placed it, pinned so that a layout of the unpinned elements
	 * leaves it there; {@code width} and {@code height} 0 keep the standard size.
	 */
	public static Command placeByHand(EditingDomain domain, DiagramLayout diagram, String elementId, Box box) {
		NodeLayout node = new NodeLayouts(diagram).of(elementId);
		if (node == null) {
			NodeLayout placed = NotationFactory.eINSTANCE.createNodeLayout();
			placed.setElement(elementId);
			placed.setX(box.x());
			placed.setY(box.y());
			placed.setWidth(box.width());
			placed.setHeight(box.height());
			placed.setPinned(true);
			return AddCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__NODES, placed);
		}
		List<Command> changes = new ArrayList<>();
		changes.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__X, box.x()));
		changes.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__Y, box.y()));
		changes.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__WIDTH, box.width()));
		changes.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__HEIGHT, box.height()));
		changes.add(SetCommand.create(domain, node, Literals.NODE_LAYOUT__PINNED, true));
		return SocialmapCommands.compound("Move", changes);
	}

	/** Draws the team collapsed (without its members) or expanded. */
	public static Command collapse(EditingDomain domain, DiagramLayout diagram, String teamId, boolean collapsed) {
		NodeLayout node = new NodeLayouts(diagram).of(teamId);
		if (node == null) {
			NodeLayout entry = NotationFactory.eINSTANCE.createNodeLayout();
			entry.setElement(teamId);
			entry.setCollapsed(collapsed);
			return AddCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__NODES, entry);
		}
		return SetCommand.create(domain, node, Literals.NODE_LAYOUT__COLLAPSED, collapsed);
	}

	/** Routes the edge through {@code points}, in order (none: drawn straight). */
	public static Command route(EditingDomain domain, DiagramLayout diagram, String edgeKey, List<Position> points) {
		List<Point> route = points.stream().map(LayoutEntryCommands::point).toList();
		EdgeLayout edge = diagram.getEdges().stream().filter(entry -> edgeKey.equals(entry.getElement())).findFirst()
				.orElse(null);
		if (edge == null) {
			EdgeLayout routed = NotationFactory.eINSTANCE.createEdgeLayout();
			routed.setElement(edgeKey);
			routed.getPoints().addAll(route);
			return AddCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__EDGES, routed);
		}
		return SetCommand.create(domain, edge, Literals.EDGE_LAYOUT__POINTS, route);
	}

	/**
	 * Takes out of every diagram of the client the entries of elements and edges about to be deleted,
	 * so that the layout file names nothing the model lacks; undo puts them back.
	 */
	public static List<Command> forget(EditingDomain domain, Layout layout, String clientId, Collection<String> elementIds,
			Collection<String> edgeKeys) {
		List<Command> removals = new ArrayList<>();
		for (DiagramLayout diagram : layout.getDiagrams()) {
			if (!clientId.equals(diagram.getClient())) {
				continue;
			}
			List<EObject> nodes = diagram.getNodes().stream().filter(node -> elementIds.contains(node.getElement()))
					.map(EObject.class::cast).toList();
			List<EObject> edges = diagram.getEdges().stream().filter(edge -> edgeKeys.contains(edge.getElement()))
					.map(EObject.class::cast).toList();
			if (!nodes.isEmpty()) {
				removals.add(RemoveCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__NODES, nodes));
			}
			if (!edges.isEmpty()) {
				removals.add(RemoveCommand.create(domain, diagram, Literals.DIAGRAM_LAYOUT__EDGES, edges));
			}
		}
		return removals;
	}

	private static Point point(Position position) {
		Point point = NotationFactory.eINSTANCE.createPoint();
		point.setX(position.x());
		point.setY(position.y());
		return point;
	}
}
