package org.socialmap.diagram.server.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.ModelElement;
import org.socialmap.notation.lookup.EdgeKeys;

/**
 * A diagram's selection as model elements, and back: what an editor hosting the page shows of it
 * (Properties view, tree) and selects in it. A node is its element's id, a part its owner's, an edge
 * its link's or curation's key (GModelIds); what names no model element (the diagram, a matrix
 * cell) is left out.
 */
public final class SelectedElements {

	private SelectedElements() {
	}

	/** The model elements the GModel ids name, each once, in their order. */
	public static List<EObject> of(ModelDocument document, List<String> ids) {
		Map<String, EObject> edges = null;
		Set<EObject> elements = new LinkedHashSet<>();
		for (String id : ids) {
			String owner = id.contains("#") ? GModelIds.owner(id) : id;
			Optional<? extends EObject> element = document.element(owner);
			if (element.isEmpty()) {
				if (edges == null) {
					edges = edgesByKey(document);
				}
				element = Optional.ofNullable(edges.get(owner));
			}
			element.ifPresent(elements::add);
		}
		return List.copyOf(elements);
	}

	/** The GModel ids of the model elements a diagram may show. */
	public static List<String> ids(List<EObject> elements) {
		List<String> ids = new ArrayList<>();
		for (EObject element : elements) {
			if (element instanceof ModelElement named && named.getId() != null) {
				ids.add(named.getId());
			} else if (element instanceof Link link) {
				ids.add(EdgeKeys.of(link));
			} else if (element instanceof Curation curation) {
				ids.add(EdgeKeys.of(curation));
			}
		}
		return ids;
	}

	private static Map<String, EObject> edgesByKey(ModelDocument document) {
		Map<String, EObject> edges = new HashMap<>();
		for (ClientCompany client : document.agency().getClients()) {
			EdgeKeys.allOf(client).forEach((edge, key) -> edges.putIfAbsent(key, edge));
		}
		return edges;
	}
}
