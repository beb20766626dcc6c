package org.socialmap.catalog.internal;

import java.net.URL;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;
import org.socialmap.catalog.CatalogRegistry;

/** Reads and merges the catalogs contributed to {@value #EXTENSION_POINT}; a broken contribution becomes a problem, never an exception. */
public final class ExtensionCatalogReader {

	public static final String EXTENSION_POINT = "org.socialmap.catalog.catalogs";

	private ExtensionCatalogReader() {
	}

	public static CatalogRegistry registry(IExtensionRegistry extensions) {
		CatalogLoader loader = new CatalogLoader();
		for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("catalog".equals(element.getName())) {
				read(element, loader);
			}
		}
		return loader.merge();
	}

	private static void read(IConfigurationElement element, CatalogLoader loader) {
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		// a fragment contributes in its host's name; problems and ties go by the bundle that holds the file
		String contributor = bundle == null ? element.getContributor().getName() : bundle.getSymbolicName();
		String file = element.getAttribute("file");
		if (file == null || file.isBlank()) {
			loader.skip(contributor, "", "a <catalog> names no file");
			return;
		}
		int priority;
		try {
			String value = element.getAttribute("priority");
			priority = value == null ? 0 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			loader.skip(contributor, file, "priority '" + element.getAttribute("priority") + "' is not a whole number");
			return;
		}
		URL url = bundle == null ? null : bundle.getEntry(file);
		if (url == null) {
			loader.skip(contributor, file, "the catalog file does not exist in the contributing bundle");
			return;
		}
		loader.load(contributor, file, priority, url, new BundleIconResolver(bundle));
	}
}
