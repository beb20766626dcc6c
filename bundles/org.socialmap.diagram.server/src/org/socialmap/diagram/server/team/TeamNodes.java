package org.socialmap.diagram.server.team;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GCompartmentBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.socialmap.diagram.server.diagram.CssClasses;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.diagram.server.diagram.NodeParts;
import org.socialmap.diagram.server.layout.LayoutGraph.Size;
import org.socialmap.diagram.server.team.TeamContents.ShownTeam;
import org.socialmap.model.Member;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;

/**
 * Teams as containers: a header with the team's name, then its members in one column, each with
 * name, function and a load bar of the hours they curate against the hours they have. A team's size
 * follows from its members, so it is not resized by hand.
 */
final class TeamNodes {

	static final double WIDTH = 220;
	static final double HEADER = 32;
	static final Size MEMBER = new Size(200, 64);
	private static final double GAP = 10;
	private static final double PADDING = 8;
	private static final double BAR_HEIGHT = 12;

	private TeamNodes() {
	}

	static Size size(ShownTeam team) {
		if (team.collapsed()) {
			return new Size(WIDTH, HEADER + GAP);
		}
		return new Size(WIDTH, HEADER + GAP + team.members().size() * (MEMBER.height() + GAP));
	}

	static GNode team(ShownTeam shown, double x, double y) {
		Size size = size(shown);
		String id = shown.team().getId();
		GNodeBuilder node = new GNodeBuilder(ElementTypes.TEAM).id(id).position(x, y).size(size.width(), size.height())
				.addArgument("expanded", !shown.collapsed())
				.add(NodeParts.name(id, Labels.name(shown.team()), PADDING + 4, PADDING, size.width() - 2 * PADDING));
		if (shown.collapsed()) {
			return node.addCssClass(CssClasses.COLLAPSED).build();
		}
		List<GModelElement> members = new ArrayList<>();
		for (int row = 0; row < shown.members().size(); row++) {
			members.add(member(shown.members().get(row), GAP, GAP + row * (MEMBER.height() + GAP)));
		}
		return node.add(new GCompartmentBuilder(ElementTypes.MEMBERS).id(GModelIds.part(id, GModelIds.MEMBERS))
				.position(0, HEADER).size(size.width(), size.height() - HEADER).addAll(members).build()).build();
	}

	private static GNode member(Member member, double x, double y) {
		String id = member.getId();
		double inner = MEMBER.width() - 2 * PADDING;
		return new GNodeBuilder(ElementTypes.MEMBER).id(id).position(x, y).size(MEMBER.width(), MEMBER.height())
				.add(NodeParts.name(id, Labels.name(member), PADDING, PADDING - 2, inner))
				.add(NodeParts.label(ElementTypes.FUNCTION, id, GModelIds.FUNCTION, function(member), PADDING,
						PADDING - 2 + NodeParts.LINE))
				.add(new GNodeBuilder(ElementTypes.LOAD_BAR).id(GModelIds.part(id, GModelIds.LOAD))
						.addArgument("curatedHours", Workload.curatedHours(member))
						.addArgument("weeklyHours", Workload.availableHours(member))
						.position(PADDING, MEMBER.height() - PADDING - BAR_HEIGHT).size(inner, BAR_HEIGHT).build())
				.build();
	}

	/** "communication · Community manager": the business function, when given, and the role. */
	private static String function(Member member) {
		List<String> parts = new ArrayList<>();
		if (member.eIsSet(Literals.MEMBER__BUSINESS_FUNCTION)) {
			parts.add(member.getBusinessFunction().getLiteral().replace('-', ' '));
		}
		if (member.getRole() != null && !member.getRole().isBlank()) {
			parts.add(member.getRole());
		}
		return String.join(" · ", parts);
	}
}
