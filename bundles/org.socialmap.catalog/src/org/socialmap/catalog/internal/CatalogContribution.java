package org.socialmap.catalog.internal;

/**
 * A parsed catalog with where it comes from and its priority, the inputs of the merge.
 *
 * @param priority higher wins when two catalogs define one id (see {@link CatalogMerger})
 */
public record CatalogContribution(String contributor, String file, int priority, ParsedCatalog catalog) {
}
