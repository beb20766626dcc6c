package org.socialmap.diagram.server.diagram;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.Presence;
import org.socialmap.rules.Finding;

/** Which elements the rules' findings concern, looked up once per diagram drawn. */
public final class FindingsIndex {

	/** The rule that calls a presence a showcase (docs/rules.md); its findings name the presence first. */
	static final String SHOWCASE_RULE = "socialmap.showcase-presence";

	private final List<Finding> findings;
	private final Set<EObject> concerned = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<EObject> showcases = Collections.newSetFromMap(new IdentityHashMap<>());

	public FindingsIndex(List<Finding> findings) {
		this.findings = findings;
		for (Finding finding : findings) {
			concerned.addAll(finding.elements());
			if (SHOWCASE_RULE.equals(finding.ruleId()) && !finding.elements().isEmpty()) {
				showcases.add(finding.elements().get(0));
			}
		}
	}

	public List<Finding> findings() {
		return findings;
	}

	/** Whether some finding names the element. */
	public boolean concerns(EObject element) {
		return concerned.contains(element);
	}

	/** Whether the rules call the presence a showcase: one with no purpose or no tie to the core business. */
	public boolean isShowcase(Presence presence) {
		return showcases.contains(presence);
	}
}
