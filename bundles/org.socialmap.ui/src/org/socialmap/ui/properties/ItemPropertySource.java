package org.socialmap.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One model element's properties, as its item provider describes them. A value set here goes
 * through the item property descriptor, which executes a command on the element's editing domain:
 * one change, one undoable command.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object element;
	private final IItemPropertySource properties;

	public ItemPropertySource(Object element, IItemPropertySource properties) {
		this.element = element;
		this.properties = properties;
	}

	@Override
	public Object getEditableValue() {
		return properties.getEditableValue(element);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = properties.getPropertyDescriptors(element);
		return descriptors.stream().map(descriptor -> new ItemPropertyDescriptorAdapter(element, descriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	/** The property's plain value (not EMF's display wrapper), which the cell editors convert. */
	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor == null ? null : PropertyValues.plain(element, descriptor);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(element);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(element);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(element)) {
			descriptor.setPropertyValue(element, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return properties.getPropertyDescriptor(element, id);
	}
}
