package org.socialmap.diagram.server.operations;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** Checks a name as the user types it in place, with the rule {@code applyLabelEdit} applies. */
public class NameEditValidator implements LabelEditValidator {

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		return ApplyLabelEditHandler.isEmptyName(label) ? ValidationStatus.error("A name cannot be empty.") : ValidationStatus.ok();
	}
}
