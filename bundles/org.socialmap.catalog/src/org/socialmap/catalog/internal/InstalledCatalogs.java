package org.socialmap.catalog.internal;

import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.socialmap.catalog.CatalogRegistry;

/**
 * The merged registry of the running Eclipse, kept until a catalog contribution comes or goes. The
 * bundle's activator closes it on stop, so no listener outlives the bundle.
 */
public final class InstalledCatalogs implements IRegistryEventListener {

	private static final InstalledCatalogs INSTANCE = new InstalledCatalogs(RegistryFactory::getRegistry);

	private final Supplier<IExtensionRegistry> extensionRegistry;
	private IExtensionRegistry listeningTo;
	private volatile CatalogRegistry current;

	public InstalledCatalogs(Supplier<IExtensionRegistry> extensionRegistry) {
		this.extensionRegistry = extensionRegistry;
	}

	public static InstalledCatalogs instance() {
		return INSTANCE;
	}

	public CatalogRegistry registry() {
		CatalogRegistry registry = current;
		if (registry == null) {
			synchronized (this) {
				registry = current;
				if (registry == null) {
					IExtensionRegistry extensions = extensionRegistry.get();
					if (extensions == null) {
						throw new IllegalStateException(
								"no Eclipse extension registry is running; Socialmap catalogs come from plug-ins");
					}
					if (listeningTo == null) {
						extensions.addListener(this, ExtensionCatalogReader.EXTENSION_POINT);
						listeningTo = extensions;
					}
					registry = ExtensionCatalogReader.registry(extensions);
					current = registry;
				}
			}
		}
		return registry;
	}

	/** Stops listening and forgets the registry; the next {@link #registry()} builds and listens anew. */
	public synchronized void close() {
		if (listeningTo != null) {
			listeningTo.removeListener(this);
			listeningTo = null;
		}
		current = null;
	}

	@Override
	public void added(IExtension[] extensions) {
		current = null;
	}

	@Override
	public void removed(IExtension[] extensions) {
		current = null;
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		current = null;
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		current = null;
	}
}
