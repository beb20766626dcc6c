package org.socialmap.notation.io;

import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.Layout;

/**
 * Takes out of a layout, as it is saved, the entries of elements and edges its client no longer has:
 * a node placed automatically whose creation was then undone leaves one, outside the command stack.
 * The layout file then names only what the model has, and opens without a warning.
 */
final class StaleEntries {

	private StaleEntries() {
	}

	static void prune(Layout layout, Agency agency) {
		for (ClientCompany client : agency.getClients()) {
			ClientKeys keys = ClientKeys.of(client);
			for (DiagramLayout diagram : layout.getDiagrams()) {
				if (client.getId() != null && client.getId().equals(diagram.getClient())) {
					diagram.getNodes().removeIf(node -> !keys.elements().contains(node.getElement()));
					diagram.getEdges().removeIf(edge -> !keys.edges().contains(edge.getElement()));
					if (diagram.getCurator() != null && !keys.members().contains(diagram.getCurator())) {
						diagram.setCurator(null);
					}
				}
			}
		}
	}
}
