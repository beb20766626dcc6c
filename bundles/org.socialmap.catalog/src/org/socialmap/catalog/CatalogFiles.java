package org.socialmap.catalog;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

import org.socialmap.catalog.internal.CatalogLoader;
import org.socialmap.catalog.internal.FolderIconResolver;

/**
 * Catalog registries read straight from catalog files, for programs that run without Eclipse
 * (benchmarks, tools, plain unit tests). The files merge exactly as installed plug-ins' do.
 */
public final class CatalogFiles {

	private CatalogFiles() {
	}

	/**
	 * Reads and merges the catalogs. Nothing they get wrong throws: a missing or broken file, a bad
	 * element or icon becomes one of the registry's {@link CatalogRegistry#problems() problems}.
	 */
	public static CatalogRegistry registry(List<CatalogSource> sources) {
		CatalogLoader loader = new CatalogLoader();
		for (CatalogSource source : sources) {
			try {
				// the multi-argument URI constructor quotes what a path may hold, spaces included
				URL url = source.root().resolve(new URI(null, null, source.file(), null)).toURL();
				loader.load(source.contributor(), source.file(), source.priority(), url,
						new FolderIconResolver(source.root()));
			} catch (URISyntaxException | MalformedURLException e) {
				loader.skip(source.contributor(), source.file(), "the catalog file cannot be opened from " + source.root());
			}
		}
		return loader.merge();
	}
}
