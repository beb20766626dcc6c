package org.socialmap.ui.properties;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Picks one of a property's possible values (an enum literal, a referenced element) by its label. */
class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> choices;

	ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels) {
		super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
		this.choices = choices;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < choices.size() ? choices.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(choices.indexOf(value));
	}
}
