package org.socialmap.diagram.server.map;

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
import org.socialmap.model.Link;
import org.socialmap.model.MapNode;
import org.socialmap.model.Presence;
import org.socialmap.model.Website;
import org.socialmap.notation.lookup.EdgeKeys;

/** What the map of a client shows: the websites and presences its filters let through, and the links between them. */
record MapContents(List<Website> websites, List<Presence> presences, List<Link> links, Map<EObject, String> edgeKeys) {

	static MapContents of(ClientCompany client, DiagramFilter filter) {
		List<Website> websites = client.getWebsites().stream().filter(filter::showsUncurated).toList();
		List<Presence> presences = client.getPresences().stream().filter(filter::shows).toList();
		Set<MapNode> shown = Collections.newSetFromMap(new IdentityHashMap<>());
		shown.addAll(websites);
		shown.addAll(presences);
		List<Link> links = client.getLinks().stream()
				.filter(link -> shown.contains(link.getSource()) && shown.contains(link.getTarget())).toList();
		return new MapContents(websites, presences, links, EdgeKeys.allOf(client));
	}

	/** The nodes at the size they are drawn, and the links, for an automatic layout. */
	LayoutGraph layoutGraph(NodeLayouts layouts) {
		LayoutGraph graph = new LayoutGraph();
		websites.forEach(website -> graph.leftmostNode(website.getId(), layouts.size(website.getId(), MapNodes.SIZE)));
		presences.forEach(presence -> graph.node(presence.getId(), layouts.size(presence.getId(), MapNodes.SIZE)));
		links.forEach(link -> graph.edge(edgeKeys.get(link), link.getSource().getId(), link.getTarget().getId()));
		return graph;
	}
}
