package org.socialmap.catalog.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;

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

	/**
	 * The catalogs one installed bundle contributes, as sources to read without the extension
	 * registry; contributions that would be skipped are left out.
	 */
	public static List<CatalogSource> sources(IExtensionRegistry extensions, String bundleName) {
		List<CatalogSource> sources = new ArrayList<>();
		for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
			Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
			String file = element.getAttribute("file");
			if ("catalog".equals(element.getName()) && bundle != null && bundleName.equals(bundle.getSymbolicName())
					&& file != null && bundle.getEntry(file) != null) {
				try {
					sources.add(new CatalogSource(bundleName, bundle.getEntry("/").toURI(), file,
							priority(element.getAttribute("priority"))));
				} catch (URISyntaxException | NumberFormatException e) {
					// the registry reports such a contribution; as a source it is left out
				}
			}
		}
		return sources;
	}

	/** What a {@code <catalog priority=...>} attribute means: absent is 0. */
	public static int priority(String attribute) throws NumberFormatException {
		return attribute == null ? 0 : Integer.parseInt(attribute.strip());
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
			priority = priority(element.getAttribute("priority"));
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
