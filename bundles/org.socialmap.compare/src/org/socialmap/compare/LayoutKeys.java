package org.socialmap.compare;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.NodeLayout;
import org.socialmap.notation.NotationPackage;

/**
 * The keys of a layout's entries: a diagram its client and type, a node or an edge the element it
 * places. An edge's routing points are one value: the route.
 */
final class LayoutKeys implements KeyScheme {

	static final LayoutKeys INSTANCE = new LayoutKeys();

	private LayoutKeys() {
	}

	@Override
	public String ownKey(EObject element) {
		return null;
	}

	@Override
	public String keyInContainer(EObject element, ModelIndex index) {
		return switch (element) {
		case DiagramLayout diagram -> "diagram:" + diagram.getClient() + ":" + diagram.getType();
		case NodeLayout node -> "node:" + node.getElement();
		case EdgeLayout edge -> "edge:" + edge.getElement();
		default -> element.eContainmentFeature().getName() + ":"
				+ ((List<?>) element.eContainer().eGet(element.eContainmentFeature())).indexOf(element);
		};
	}

	@Override
	public boolean partOfValue(EReference containment) {
		return containment == NotationPackage.Literals.EDGE_LAYOUT__POINTS;
	}
}
