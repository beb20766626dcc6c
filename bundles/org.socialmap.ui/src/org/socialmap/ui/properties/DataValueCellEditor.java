package org.socialmap.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits a data value (text, number, date) as text, converted with the model's own data type
 * conversions; text the type does not accept is refused with the reason, and never set.
 */
class DataValueCellEditor extends TextCellEditor {

	private final EDataType type;

	DataValueCellEditor(Composite parent, EDataType type) {
		super(parent);
		this.type = type;
		setValidator(value -> problem((String) value));
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		return text.isEmpty() && type.getInstanceClass() != String.class ? null : EcoreUtil.createFromString(type, text);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
	}

	private String problem(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			EcoreUtil.createFromString(type, text);
			return null;
		} catch (RuntimeException e) {
			return "'" + text + "' is not a valid " + type.getName() + ": " + e.getMessage();
		}
	}
}
