package org.socialmap.catalog;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.socialmap.catalog.internal.ExtensionCatalogReader;
import org.socialmap.catalog.internal.InstalledCatalogs;

/**
 * The catalog registry of the running Eclipse: every catalog contributed to
 * {@code org.socialmap.catalog.catalogs}, merged. Built on first use and again whenever a plug-in
 * that contributes catalogs comes or goes. Outside Eclipse, use {@link CatalogFiles}.
 */
public final class Catalogs {

	/**
	 * The symbolic name of the bundle that holds Socialmap's built-in catalog, which is also that
	 * catalog's id. On equal priority its definitions are kept (see docs/catalogs.md).
	 */
	public static final String BUILTIN = "org.socialmap.catalog.builtin";

	private Catalogs() {
	}

	public static CatalogRegistry registry() {
		return InstalledCatalogs.instance().registry();
	}

	/**
	 * The catalogs the installed built-in bundle contributes, to merge with catalog files read
	 * outside the registry (as {@code socialmap catalog check} does).
	 */
	public static List<CatalogSource> builtinSources() {
		return ExtensionCatalogReader.sources(RegistryFactory.getRegistry(), BUILTIN);
	}

	/** Merges the catalogs contributed to an extension registry. */
	public static CatalogRegistry build(IExtensionRegistry extensions) {
		return ExtensionCatalogReader.registry(extensions);
	}
}
