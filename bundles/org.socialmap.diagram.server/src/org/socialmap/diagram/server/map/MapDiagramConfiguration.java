package org.socialmap.diagram.server.map;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.SocialmapDiagramConfiguration;
import org.socialmap.model.LinkKind;

/** Websites and presences move and resize; links join any two of them, a gateway a website to a presence. */
public class MapDiagramConfiguration extends SocialmapDiagramConfiguration {

	private static final List<String> MAP_NODES = List.of(ElementTypes.WEBSITE, ElementTypes.PRESENCE);

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return List.of(shape(ElementTypes.WEBSITE, true, true, true), shape(ElementTypes.PRESENCE, true, true, true));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return LinkKind.VALUES.stream().map(kind -> kind == LinkKind.GATEWAY
				? edge(ElementTypes.link(kind), List.of(ElementTypes.WEBSITE), List.of(ElementTypes.PRESENCE))
				: edge(ElementTypes.link(kind), MAP_NODES, MAP_NODES)).toList();
	}
}
