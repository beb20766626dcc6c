package org.socialmap.ui.properties;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Property values as the model holds them. */
final class PropertyValues {

	private PropertyValues() {
	}

	/** Item property descriptors wrap values for display (PropertyValueWrapper); this unwraps them. */
	static Object plain(Object element, IItemPropertyDescriptor descriptor) {
		Object value = descriptor.getPropertyValue(element);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : value;
	}
}
