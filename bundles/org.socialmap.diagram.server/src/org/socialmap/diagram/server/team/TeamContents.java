package org.socialmap.diagram.server.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.diagram.server.diagram.MapNodes;
import org.socialmap.diagram.server.filter.DiagramFilter;
import org.socialmap.diagram.server.layout.LayoutGraph;
import org.socialmap.diagram.server.layout.NodeLayouts;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.Team;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.lookup.EdgeKeys;

/**
 * What the team diagram of a client shows: its teams with the members the filters let through
 * (a team drawn collapsed shows none), the presences, and a curation edge wherever a shown member
 * curates a shown presence.
 */
record TeamContents(List<ShownTeam> teams, Map<Member, ShownTeam> teamOf, List<Presence> presences,
		List<Curation> curations, Map<EObject, String> edgeKeys) {

	/** A team, the members shown in it, and whether it is drawn collapsed. */
	record ShownTeam(Team team, List<Member> members, boolean collapsed) {

		/** The node the curations of {@code member} start from: the member, or the team when collapsed. */
		String sourceOf(Member member) {
			return collapsed ? team.getId() : member.getId();
		}
	}

	static TeamContents of(ClientCompany client, DiagramFilter filter, NodeLayouts layouts) {
		List<ShownTeam> teams = new ArrayList<>();
		Map<Member, ShownTeam> teamOf = new IdentityHashMap<>();
		for (Team team : client.getTeams()) {
			List<Member> members = team.getMembers().stream().filter(filter::shows).toList();
			if (filter.showsUncurated(team) || !members.isEmpty()) {
				NodeLayout node = layouts.of(team.getId());
				ShownTeam shown = new ShownTeam(team, members, node != null && node.isCollapsed());
				teams.add(shown);
				members.forEach(member -> teamOf.put(member, shown));
			}
		}
		List<Presence> presences = client.getPresences().stream().filter(filter::shows).toList();
		Set<Presence> shownPresences = Collections.newSetFromMap(new IdentityHashMap<>());
		shownPresences.addAll(presences);
		List<Curation> curations = presences.stream().flatMap(presence -> presence.getCurations().stream())
				.filter(curation -> teamOf.containsKey(curation.getMember()) && shownPresences.contains(curation.getPresence()))
				.toList();
		return new TeamContents(teams, teamOf, presences, curations, EdgeKeys.allOf(client));
	}

	/** Teams and presences at the size they are drawn, and the curations as edges from teams, for an automatic layout. */
	LayoutGraph layoutGraph(NodeLayouts layouts) {
		LayoutGraph graph = new LayoutGraph();
		teams.forEach(team -> graph.leftmostNode(team.team().getId(), TeamNodes.size(team)));
		presences.forEach(presence -> graph.node(presence.getId(), layouts.size(presence.getId(), MapNodes.SIZE)));
		curations.forEach(curation -> graph.edge(edgeKeys.get(curation), teamOf.get(curation.getMember()).team().getId(),
				curation.getPresence().getId()));
		return graph;
	}
}
