package org.socialmap.diagram.server.map;

import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.socialmap.diagram.server.diagram.DiagramContext;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.diagram.Edges;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.diagram.server.diagram.MapNodes;
import org.socialmap.diagram.server.filter.DiagramFilter;
import org.socialmap.diagram.server.layout.MissingPlacements;
import org.socialmap.diagram.server.layout.NodeLayouts;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.model.ClientCompany;
import org.socialmap.notation.DiagramLayout;

import com.google.inject.Inject;

/**
 * Draws the social media map of the session's client: websites and presences where the layout
 * places them (those it does not place are laid out automatically first), and the links.
 */
public class MapGModelFactory implements GModelFactory {

	@Inject
	private SocialmapModelState state;

	@Override
	public void createGModel() {
		ClientCompany client = state.client();
		DiagramLayout layout = state.diagramLayout();
		DiagramContext context = DiagramContext.of(state.document());
		MapContents contents = MapContents.of(client, new DiagramFilter(layout, context));
		MissingPlacements.place(layout, contents.layoutGraph(new NodeLayouts(layout)));
		NodeLayouts nodes = new NodeLayouts(layout);
		Edges edges = new Edges(layout);
		GGraphBuilder graph = new GGraphBuilder(ElementTypes.GRAPH).id(GModelIds.root(DiagramKind.MAP, client));
		contents.websites().forEach(website -> graph
				.add(MapNodes.website(website, NodeLayouts.box(nodes.of(website.getId()), MapNodes.SIZE))));
		contents.presences().forEach(presence -> graph
				.add(MapNodes.presence(presence, NodeLayouts.box(nodes.of(presence.getId()), MapNodes.SIZE), context)));
		contents.links().forEach(link -> graph.add(edges.link(link, contents.edgeKeys().get(link))));
		state.updateRoot(graph.build());
	}
}
