package org.socialmap.model.edit;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The editing domain every Socialmap tool changes models through: quick fixes, the assignment
 * assistant, the command line, the editors and the diagrams. Each change is a command on its
 * command stack, so it can be undone whoever made it.
 */
public final class SocialmapEditing {

	private SocialmapEditing() {
	}

	/** A domain over {@code resources}, with Socialmap's item providers and an empty command stack. */
	public static AdapterFactoryEditingDomain createDomain(ResourceSet resources) {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(List.of(new ResourceItemProviderAdapterFactory(),
				new SocialmapEditAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
		return new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resources);
	}
}
