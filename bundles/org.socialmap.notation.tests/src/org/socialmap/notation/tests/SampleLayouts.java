package org.socialmap.notation.tests;

import java.util.List;

import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Team;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationFactory;
import org.socialmap.notation.Point;
import org.socialmap.notation.lookup.EdgeKeys;
import org.socialmap.notation.lookup.LayoutLookup;

/** Places every element and routes every edge of a model's map and team diagrams, as a user who arranged them all would. */
final class SampleLayouts {

	private static final NotationFactory FACTORY = NotationFactory.eINSTANCE;

	private SampleLayouts() {
	}

	/** Fills {@code layout} for every client of {@code model}, elements and edges in model order. */
	static Layout fill(Layout layout, Agency model) {
		for (ClientCompany client : model.getClients()) {
			DiagramLayout map = LayoutLookup.diagram(layout, client.getId(), DiagramType.MAP);
			client.getWebsites().forEach(website -> place(map, website));
			client.getPresences().forEach(presence -> place(map, presence));
			map.getHiddenKinds().addAll(List.of("social-network", "photo-sharing"));
			map.setHideClosed(true);
			DiagramLayout team = LayoutLookup.diagram(layout, client.getId(), DiagramType.TEAM);
			for (Team each : client.getTeams()) {
				place(team, each).setCollapsed(true);
				for (Member member : each.getMembers()) {
					place(team, member);
					team.setCurator(member.getId());
				}
			}
			client.getPresences().forEach(presence -> place(team, presence));
			EdgeKeys.allOf(client).forEach((edge, key) -> route(key.startsWith("link:") ? map : team, key));
		}
		return layout;
	}

	private static NodeLayout place(DiagramLayout diagram, ModelElement element) {
		int index = diagram.getNodes().size();
		NodeLayout node = FACTORY.createNodeLayout();
		node.setElement(element.getId());
		node.setX(40.0 + 180 * (index % 5));
		node.setY(30.5 + 120 * (index / 5));
		node.setWidth(150);
		node.setHeight(80.25);
		node.setPinned(index % 2 == 0);
		diagram.getNodes().add(node);
		return node;
	}

	private static void route(DiagramLayout diagram, String key) {
		EdgeLayout edge = FACTORY.createEdgeLayout();
		edge.setElement(key);
		for (int i = 1; i <= 2; i++) {
			Point point = FACTORY.createPoint();
			point.setX(100.0 * i);
			point.setY(diagram.getEdges().size() * 10.0 + i);
			edge.getPoints().add(point);
		}
		diagram.getEdges().add(edge);
	}
}
