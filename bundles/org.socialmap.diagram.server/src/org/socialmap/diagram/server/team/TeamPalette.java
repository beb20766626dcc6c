package org.socialmap.diagram.server.team;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.PaletteItems;
import org.socialmap.model.CurationRole;

/** The team diagram's palette: a team, a member (dropped into a team), and the three curation roles. */
public class TeamPalette implements ToolPaletteItemProvider {

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> roles = CurationRole.VALUES.stream().map(role -> PaletteItems.edge(ElementTypes.curation(role),
				PaletteItems.capitalized(role.getLiteral()), role.getValue())).toList();
		return new PaletteItems()
				.group("team", "Team", List.of(PaletteItems.node(ElementTypes.TEAM, "Team", 0),
						PaletteItems.node(ElementTypes.MEMBER, "Member", 1)))
				.group("curations", "Curations", roles).groups();
	}
}
