package org.socialmap.assignment.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;

/** A small catalog of its own, so the tests do not depend on the installed ones. */
final class AssignmentFixture {

	private AssignmentFixture() {
	}

	/** Flickr (photo), YouTube and Vimeo (video), Twitter (microblog), Facebook (social network, aggregator). */
	static CatalogRegistry catalogs() {
		Map<String, PlatformKind> kinds = new LinkedHashMap<>();
		for (String[] kind : List.of(new String[] { "photo", "Photo sharing" }, new String[] { "video", "Video sharing" },
				new String[] { "microblog", "Micro-blogging" }, new String[] { "social-network", "Social network" },
				new String[] { "aggregator", "Aggregator" })) {
			kinds.put(kind[0], new PlatformKind(kind[0], kind[1], null, "test"));
		}
		Map<String, Platform> platforms = new LinkedHashMap<>();
		platform(platforms, "facebook", "Facebook", "social-network", "aggregator");
		platform(platforms, "flickr", "Flickr", "photo");
		platform(platforms, "twitter", "Twitter", "microblog");
		platform(platforms, "vimeo", "Vimeo", "video");
		platform(platforms, "youtube", "YouTube", "video");
		return new CatalogRegistry(platforms, kinds, Map.of(), List.of(), List.of());
	}

	private static void platform(Map<String, Platform> platforms, String id, String name, String... kinds) {
		platforms.put(id, new Platform(id, name, List.of(kinds), Set.of(), null, null, PlatformStatus.ACTIVE, null,
				null, null, "test"));
	}
}
