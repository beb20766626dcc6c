package org.socialmap.catalog;

import org.socialmap.model.Presence;
import org.socialmap.model.text.Labels;

/** How sentences name platforms and presences, with the names the catalogs give the platforms. */
public final class CatalogLabels {

	private CatalogLabels() {
	}

	/** The platform's name, or its id in quotes when no catalog defines it. */
	public static String platformName(String platformId, CatalogRegistry catalogs) {
		return catalogs.platform(platformId).map(Platform::name).orElse("'" + platformId + "'");
	}

	/** "'Photostream' on Flickr". */
	public static String presence(Presence presence, CatalogRegistry catalogs) {
		return Labels.of(presence) + " on " + platformName(presence.getPlatform(), catalogs);
	}
}
