package org.socialmap.ui.viewers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A tree of model elements as the edit bundle's item providers structure it (what EMF.Edit UI's
 * AdapterFactoryContentProvider does, which cannot be had from Maven Central). The input is a
 * resource; its roots are the tree's top elements.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = {};

	private final AdapterFactory adapters;

	public ItemProviderContentProvider(AdapterFactory adapters) {
		this.adapters = adapters;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Resource resource ? resource.getContents().toArray() : getChildren(input);
	}

	@Override
	public Object[] getChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		if (provider == null) {
			return NONE;
		}
		Collection<?> children = provider.getChildren(element);
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapters.adapt(element, ITreeItemContentProvider.class);
	}
}
