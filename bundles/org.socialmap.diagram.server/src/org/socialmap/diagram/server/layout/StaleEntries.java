package org.socialmap.diagram.server.layout;

import java.util.HashSet;
import java.util.Set;

import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.ModelElement;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.lookup.EdgeKeys;

/**
 * Takes out of a layout, as it is saved, the entries of elements and edges its client no longer has:
 * a node placed automatically whose creation was then undone leaves one, outside the command stack.
 * The layout file then names only what the model has, and opens without a warning.
 */
public final class StaleEntries {

	private StaleEntries() {
	}

	public static void prune(Layout layout, Agency agency) {
		for (ClientCompany client : agency.getClients()) {
			Set<String> elements = new HashSet<>();
			client.eAllContents().forEachRemaining(content -> {
				if (content instanceof ModelElement element) {
					elements.add(element.getId());
				}
			});
			Set<String> edges = new HashSet<>(EdgeKeys.allOf(client).values());
			for (DiagramLayout diagram : layout.getDiagrams()) {
				if (client.getId() != null && client.getId().equals(diagram.getClient())) {
					diagram.getNodes().removeIf(node -> !elements.contains(node.getElement()));
					diagram.getEdges().removeIf(edge -> !edges.contains(edge.getElement()));
				}
			}
		}
	}
}
