package org.socialmap.notation.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;

/**
 * The order a layout file is written in, whatever order the layout was built in: diagrams by client
 * and type, nodes by element, edges by key, hidden kinds alphabetically. Two saves of the same
 * layout are then the same text, and a diff shows what moved, not what was placed first. Routing
 * points keep their order: it is the edge's route.
 */
final class LayoutOrder {

	private static final Comparator<DiagramLayout> DIAGRAMS = Comparator
			.comparing((DiagramLayout diagram) -> text(diagram.getClient())).thenComparing(DiagramLayout::getType);
	private static final Comparator<NodeLayout> NODES = Comparator.comparing(node -> text(node.getElement()));
	private static final Comparator<EdgeLayout> EDGES = Comparator.comparing(edge -> text(edge.getElement()));

	private LayoutOrder() {
	}

	/** Copies of {@code contents}, each layout among them in this order. */
	static Collection<EObject> orderedCopy(List<EObject> contents) {
		Collection<EObject> copies = EcoreUtil.copyAll(contents);
		for (EObject copy : copies) {
			if (copy instanceof Layout layout) {
				order(layout);
			}
		}
		return copies;
	}

	private static void order(Layout layout) {
		ECollections.sort(layout.getDiagrams(), DIAGRAMS);
		for (DiagramLayout diagram : layout.getDiagrams()) {
			ECollections.sort(diagram.getNodes(), NODES);
			ECollections.sort(diagram.getEdges(), EDGES);
			ECollections.sort(diagram.getHiddenKinds(), Comparator.nullsFirst(Comparator.naturalOrder()));
		}
	}

	private static String text(String value) {
		return Objects.toString(value, "");
	}
}
