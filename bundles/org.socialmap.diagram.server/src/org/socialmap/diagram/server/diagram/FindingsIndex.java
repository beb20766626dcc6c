package org.socialmap.diagram.server.diagram;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.rules.Finding;

/** Which elements the rules' findings concern, looked up once per diagram drawn. */
public final class FindingsIndex {

	private final Set<EObject> concerned = Collections.newSetFromMap(new IdentityHashMap<>());

	public FindingsIndex(List<Finding> findings) {
		findings.forEach(finding -> concerned.addAll(finding.elements()));
	}

	/** Whether some finding names the element. */
	public boolean concerns(EObject element) {
		return concerned.contains(element);
	}
}
