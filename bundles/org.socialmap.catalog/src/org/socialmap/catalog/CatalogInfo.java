package org.socialmap.catalog;

/** One catalog that loaded: where it comes from and how much it brought. */
public record CatalogInfo(String id, String name, String contributor, String file, int priority, int platformCount,
		int kindCount, int organisationModelCount) {
}
