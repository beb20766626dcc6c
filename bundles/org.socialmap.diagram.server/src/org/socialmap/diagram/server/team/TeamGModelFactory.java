package org.socialmap.diagram.server.team;

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
import org.socialmap.notation.NodeLayout;

import com.google.inject.Inject;

/**
 * Draws the team diagram of the session's client: teams with their members, the presences, and one
 * edge per curation, from the member (or from the team, when it is drawn collapsed) to the presence.
 */
public class TeamGModelFactory implements GModelFactory {

	@Inject
	private SocialmapModelState state;

	@Override
	public void createGModel() {
		ClientCompany client = state.client();
		DiagramLayout layout = state.diagramLayout();
		DiagramContext context = DiagramContext.of(state.document());
		TeamContents contents = TeamContents.of(client, new DiagramFilter(layout, context), new NodeLayouts(layout));
		MissingPlacements.place(layout, contents.layoutGraph(new NodeLayouts(layout)));
		NodeLayouts nodes = new NodeLayouts(layout);
		Edges edges = new Edges(layout);
		GGraphBuilder graph = new GGraphBuilder(ElementTypes.GRAPH).id(GModelIds.root(DiagramKind.TEAM, client));
		contents.teams().forEach(team -> {
			NodeLayout node = nodes.of(team.team().getId());
			graph.add(TeamNodes.team(team, node.getX(), node.getY()));
		});
		contents.presences().forEach(presence -> graph
				.add(MapNodes.presence(presence, NodeLayouts.box(nodes.of(presence.getId()), MapNodes.SIZE), context)));
		contents.curations().forEach(curation -> graph.add(edges.curation(curation, contents.edgeKeys().get(curation),
				contents.teamOf().get(curation.getMember()).sourceOf(curation.getMember()))));
		state.updateRoot(graph.build());
	}
}
