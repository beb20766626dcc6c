package org.socialmap.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons of model elements from the edit bundle's item providers. The item providers
 * give icons as URLs (EMF.Edit UI's image registry cannot be had); the images made from them live
 * as long as this provider.
 */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapters;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapters) {
		this.adapters = adapters;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = provider(element);
		URL icon = provider == null ? null : iconUrl(provider.getImage(element));
		return icon == null ? null : images.create(ImageDescriptor.createFromURL(icon));
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	/** A composed image (an icon with overlays) is shown as its base icon. */
	private static URL iconUrl(Object image) {
		if (image instanceof ComposedImage composed) {
			List<Object> layers = composed.getImages();
			return layers.isEmpty() ? null : iconUrl(layers.get(0));
		}
		return image instanceof URL url ? url : null;
	}

	private IItemLabelProvider provider(Object element) {
		return (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
	}
}
