package org.socialmap.diagram.server.team;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.SocialmapDiagramConfiguration;
import org.socialmap.model.CurationRole;

/**
 * Teams move (their size follows their members) and hold members, who keep the place their team
 * gives them; presences move and resize; curations run from a member to a presence.
 */
public class TeamDiagramConfiguration extends SocialmapDiagramConfiguration {

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		ShapeTypeHint team = shape(ElementTypes.TEAM, true, false, true);
		team.setContainableElementTypeIds(List.of(ElementTypes.MEMBER));
		return List.of(team, shape(ElementTypes.MEMBER, false, false, true), shape(ElementTypes.PRESENCE, true, true, true));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return CurationRole.VALUES.stream().map(role -> edge(ElementTypes.curation(role), List.of(ElementTypes.MEMBER),
				List.of(ElementTypes.PRESENCE))).toList();
	}
}
