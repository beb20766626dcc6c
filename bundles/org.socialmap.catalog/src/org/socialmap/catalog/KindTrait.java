package org.socialmap.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a catalog declares about a platform kind, so that rules ask for a trait instead of naming
 * kind ids that another catalog may not use.
 */
public enum KindTrait {
	/** Presences on such platforms pull other presences together into one feed or place. */
	AGGREGATOR("aggregator"),
	/** A general-purpose network where a website's visitors can be welcomed. */
	GENERAL_NETWORK("general-network");

	private final String id;

	KindTrait(String id) {
		this.id = id;
	}

	/** The word catalog files use. */
	public String id() {
		return id;
	}

	public static Optional<KindTrait> fromId(String id) {
		return Arrays.stream(values()).filter(trait -> trait.id.equals(id)).findFirst();
	}
}
