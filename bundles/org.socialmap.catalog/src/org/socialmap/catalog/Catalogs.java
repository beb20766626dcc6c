package org.socialmap.catalog;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.socialmap.catalog.internal.CatalogMerger;
import org.socialmap.catalog.internal.ExtensionCatalogReader;

/**
 * The catalog registry of the running Eclipse: every catalog contributed to
 * {@code org.socialmap.catalog.catalogs}, merged. Built on first use and again whenever a plug-in
 * that contributes catalogs comes or goes.
 */
public final class Catalogs {

	private static volatile CatalogRegistry current;
	private static boolean listening;

	private Catalogs() {
	}

	public static CatalogRegistry registry() {
		CatalogRegistry registry = current;
		if (registry == null) {
			synchronized (Catalogs.class) {
				registry = current;
				if (registry == null) {
					IExtensionRegistry extensions = RegistryFactory.getRegistry();
					if (extensions == null) {
						throw new IllegalStateException(
								"no Eclipse extension registry is running; Socialmap catalogs come from plug-ins");
					}
					listenForChanges(extensions);
					registry = build(extensions);
					current = registry;
				}
			}
		}
		return registry;
	}

	/** Merges the catalogs contributed to an extension registry. */
	public static CatalogRegistry build(IExtensionRegistry extensions) {
		ExtensionCatalogReader reader = new ExtensionCatalogReader(extensions);
		return new CatalogMerger().merge(reader.contributions(), reader.problems());
	}

	/** Drops the merged registry whenever a catalog contribution comes or goes; called once, under the class lock. */
	private static void listenForChanges(IExtensionRegistry extensions) {
		if (listening) {
			return;
		}
		extensions.addListener(new IRegistryEventListener() {
			@Override
			public void added(IExtension[] added) {
				current = null;
			}

			@Override
			public void removed(IExtension[] removed) {
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
		}, ExtensionCatalogReader.EXTENSION_POINT);
		listening = true;
	}

}
