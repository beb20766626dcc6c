package org.socialmap.compare;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * How the elements of one kind of file are known across its versions: by a key of their own (an
 * id), or by a key in their container; and which contained elements are parts of a value rather
 * than elements (an edge's routing points: the route is one value).
 */
interface KeyScheme {

	/** A key that names the element wherever it is, or null when it has none. */
	String ownKey(EObject element);

	/** What names the element inside its container; {@code index} has the keys of the elements read before. */
	String keyInContainer(EObject element, ModelIndex index);

	/** Whether the children of {@code containment} are one value of their container. */
	boolean partOfValue(EReference containment);
}
