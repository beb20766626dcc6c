package org.socialmap.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** The Properties view's source for a model element: its item provider's property descriptors. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapters;

	public ItemPropertySourceProvider(AdapterFactory adapters) {
		this.adapters = adapters;
	}

	@Override
	public IPropertySource getPropertySource(Object element) {
		if (element instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource properties = (IItemPropertySource) adapters.adapt(element, IItemPropertySource.class);
		return properties == null ? null : new ItemPropertySource(element, properties);
	}
}
