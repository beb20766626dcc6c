package org.socialmap.ui.forms;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** How the form's fields change the model: one command each on the domain's stack, none when nothing changes. */
final class ModelEdits {

	private final EditingDomain domain;

	ModelEdits(EditingDomain domain) {
		this.domain = domain;
	}

	EditingDomain domain() {
		return domain;
	}

	/** Sets the feature to {@code value} through a command, unless it holds that value already. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		if (owner != null && !Objects.equals(owner.eGet(feature), value)) {
			domain.getCommandStack().execute(SetCommand.create(domain, owner, feature, value));
		}
	}

	/**
	 * Sets a text attribute of the element the field shows (it changes with the chosen client or
	 * objective) from the field when the user presses Enter or leaves the field; an
	 * empty field unsets it, so that an empty text is never written to the file.
	 */
	void commitTextOnEnterOrLeave(Text field, Supplier<? extends EObject> shownElement, EStructuralFeature feature) {
		Runnable commit = () -> {
			EObject owner = shownElement.get();
			if (owner != null && !field.isDisposed()) {
				String text = field.getText();
				Object current = owner.eGet(feature);
				if (!text.equals(current == null ? "" : current)) {
					set(owner, feature, text.isEmpty() ? null : text);
				}
			}
		};
		field.addListener(SWT.DefaultSelection, event -> commit.run());
		field.addListener(SWT.FocusOut, event -> commit.run());
	}
}
