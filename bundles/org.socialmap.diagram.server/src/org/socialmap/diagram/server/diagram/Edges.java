package org.socialmap.diagram.server.diagram;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;

/**
 * The edges of links and curations, with the routes the layout keeps for them (none: the client
 * draws them straight). Each has its edge key as its id.
 */
public final class Edges {

	private final Map<String, EdgeLayout> routes = new HashMap<>();

	public Edges(DiagramLayout diagram) {
		diagram.getEdges().forEach(edge -> routes.putIfAbsent(edge.getElement(), edge));
	}

	/** A link's edge, with its note as a label when it has one. */
	public GEdge link(Link link, String key) {
		GEdgeBuilder edge = edge(ElementTypes.link(link.getKind()), key, link.getSource().getId(), link.getTarget().getId());
		if (link.getNote() != null && !link.getNote().isBlank()) {
			edge.add(edgeLabel(ElementTypes.NOTE, key, GModelIds.NOTE, link.getNote()));
		}
		return edge.build();
	}

	/**
	 * A curation's edge, from {@code sourceId} (its member, or the member's team when the team is drawn
	 * collapsed) to the presence, with the hours it takes when it takes some.
	 */
	public GEdge curation(Curation curation, String key, String sourceId) {
		GEdgeBuilder edge = edge(ElementTypes.curation(curation.getRole()), key, sourceId, curation.getPresence().getId());
		if (Workload.hours(curation) > 0) {
			edge.add(edgeLabel(ElementTypes.HOURS, key, GModelIds.HOURS, Labels.number(Workload.hours(curation)) + " h"));
		}
		return edge.build();
	}

	private GEdgeBuilder edge(String type, String key, String sourceId, String targetId) {
		GEdgeBuilder edge = new GEdgeBuilder(type).id(key).sourceId(sourceId).targetId(targetId);
		EdgeLayout route = routes.get(key);
		if (route != null) {
			route.getPoints().forEach(point -> edge.addRoutingPoint(GraphUtil.point(point.getX(), point.getY())));
		}
		return edge;
	}

	private static GLabel edgeLabel(String type, String key, String part, String text) {
		return new GLabelBuilder(type).id(GModelIds.part(key, part)).text(text)
				.edgePlacement(new GEdgePlacementBuilder().position(0.5).side("top").offset(4).rotate(false).build())
				.build();
	}
}
