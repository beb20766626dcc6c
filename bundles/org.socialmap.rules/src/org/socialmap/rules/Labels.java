package org.socialmap.rules;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;

/** How findings name elements: by name, else id, in quotes; presences with their platform's name. */
public final class Labels {

	private Labels() {
	}

	public static String of(ModelElement element) {
		if (element == null) {
			return "(none)";
		}
		String name = element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
		return "'" + name + "'";
	}

	public static String of(Presence presence, CatalogRegistry catalogs) {
		return of(presence) + " on " + platformName(presence.getPlatform(), catalogs);
	}

	public static String platformName(String platformId, CatalogRegistry catalogs) {
		return catalogs.platform(platformId).map(Platform::name).orElse("'" + platformId + "'");
	}
}
