package org.socialmap.diagram.server.map;

import org.socialmap.diagram.server.diagram.DiagramContext;
import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.filter.DiagramFilter;
import org.socialmap.diagram.server.layout.LayoutGraph;
import org.socialmap.diagram.server.layout.NodeLayouts;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.notation.DiagramLayout;

import com.google.inject.Inject;

/** The websites, presences and links the map shows now. */
public class MapGraph implements DiagramGraph {

	@Inject
	private SocialmapModelState state;

	@Override
	public LayoutGraph current() {
		DiagramLayout layout = state.diagramLayout();
		DiagramFilter filter = new DiagramFilter(layout, DiagramContext.of(state.document()));
		return MapContents.of(state.client(), filter).layoutGraph(new NodeLayouts(layout));
	}
}
