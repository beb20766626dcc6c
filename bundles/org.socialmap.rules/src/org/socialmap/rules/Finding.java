package org.socialmap.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What a rule found: a message that names the elements involved and says what to do.
 *
 * @param ruleId   the rule's stable id, e.g. {@code socialmap.showcase-presence}
 * @param elements the model elements involved, the main one first
 * @param fixes    quick fixes, empty when none is clear
 */
public record Finding(String ruleId, Severity severity, String message, List<EObject> elements, List<QuickFix> fixes) {

	public Finding {
		elements = List.copyOf(elements);
		fixes = List.copyOf(fixes);
	}

	public Finding(String ruleId, Severity severity, String message, List<EObject> elements) {
		this(ruleId, severity, message, elements, List.of());
	}
}
