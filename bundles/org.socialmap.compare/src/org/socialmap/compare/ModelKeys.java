package org.socialmap.compare;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.socialmap.model.Affinity;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.ModelElement;

/**
 * The keys of a model's elements: a named element's id; a curation its member, a link its ends, an
 * affinity its platform or kind, in their container.
 */
final class ModelKeys implements KeyScheme {

	static final ModelKeys INSTANCE = new ModelKeys();

	private ModelKeys() {
	}

	@Override
	public String ownKey(EObject element) {
		return element instanceof ModelElement named && named.getId() != null && !named.getId().isBlank() ? "id:" + named.getId() : null;
	}

	@Override
	public String keyInContainer(EObject element, ModelIndex index) {
		return switch (element) {
		case Curation curation -> "curation:" + index.keyOf(curation.getMember());
		case Link link -> "link:" + index.keyOf(link.getSource()) + ">" + index.keyOf(link.getTarget());
		case Affinity affinity -> affinity.getPlatform() != null ? "affinity:platform=" + affinity.getPlatform()
				: "affinity:kind=" + affinity.getPlatformKind();
		default -> element.eContainmentFeature().getName() + ":"
				+ ((List<?>) element.eContainer().eGet(element.eContainmentFeature())).indexOf(element);
		};
	}

	@Override
	public boolean partOfValue(EReference containment) {
		return false;
	}
}
