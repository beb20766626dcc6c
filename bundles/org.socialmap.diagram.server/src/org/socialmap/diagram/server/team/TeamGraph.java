package org.socialmap.diagram.server.team;

import org.socialmap.diagram.server.diagram.DiagramContext;
import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.filter.DiagramFilter;
import org.socialmap.diagram.server.layout.LayoutGraph;
import org.socialmap.diagram.server.layout.NodeLayouts;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.notation.DiagramLayout;

import com.google.inject.Inject;

/** The teams, presences and curations the team diagram shows now. */
public class TeamGraph implements DiagramGraph {

	@Inject
	private SocialmapModelState state;

	@Override
	public LayoutGraph current() {
		DiagramLayout layout = state.diagramLayout();
		NodeLayouts nodes = new NodeLayouts(layout);
		DiagramFilter filter = new DiagramFilter(layout, DiagramContext.of(state.document()));
		return TeamContents.of(state.client(), filter, nodes).layoutGraph(nodes);
	}
}
