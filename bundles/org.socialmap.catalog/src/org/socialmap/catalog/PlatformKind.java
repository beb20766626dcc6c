package org.socialmap.catalog;

import java.util.Set;

/**
 * A kind of platform (photo, video, aggregator...), which member affinities may name.
 *
 * @param traits what the catalog declares about platforms of this kind
 */
public record PlatformKind(String id, String name, String description, Set<KindTrait> traits, String catalogId) {

	public PlatformKind {
		traits = Set.copyOf(traits);
	}

	/** A kind with no declared traits. */
	public PlatformKind(String id, String name, String description, String catalogId) {
		this(id, name, description, Set.of(), catalogId);
	}

	public boolean hasTrait(KindTrait trait) {
		return traits.contains(trait);
	}
}
