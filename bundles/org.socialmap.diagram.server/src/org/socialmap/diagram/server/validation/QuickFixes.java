package org.socialmap.diagram.server.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;

/**
 * The quick fixes offered on an element: those of the findings whose marker it shows. A fix's id is
 * its rule's id and its label ({@code socialmap.no-backup/Add 'Luca' as backup of ...}), so a fix
 * asked for after the model changed is applied only if the findings still offer it.
 */
final class QuickFixes {

	private QuickFixes() {
	}

	/** The fixes on {@code elementId}, by id, in the order of the findings. */
	static Map<String, QuickFix> on(SocialmapModelState state, String elementId) {
		FindingTargets targets = new FindingTargets(state.client(), state.getIndex(), GModelIds.root(state.kind(), state.client()));
		Map<String, QuickFix> fixes = new LinkedHashMap<>();
		for (Finding finding : state.document().findings()) {
			if (targets.target(finding).filter(elementId::equals).isPresent()) {
				finding.fixes().forEach(fix -> fixes.putIfAbsent(finding.ruleId() + "/" + fix.label(), fix));
			}
		}
		return fixes;
	}
}
