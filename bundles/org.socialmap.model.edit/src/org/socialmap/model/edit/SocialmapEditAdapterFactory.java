package org.socialmap.model.edit;

import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.socialmap.model.provider.SocialmapItemProviderAdapterFactory;

/**
 * The item providers to use for Socialmap models: the generated ones, with labels an agency reads.
 * Registered with EMF.Edit in plugin.xml, so every EMF tool picks it up.
 */
public class SocialmapEditAdapterFactory extends DecoratorAdapterFactory {

	public SocialmapEditAdapterFactory() {
		super(new SocialmapItemProviderAdapterFactory());
	}

	@Override
	protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
		return new LabelDecorator(this);
	}
}
