package org.socialmap.rules;

import java.util.Optional;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.model.Affinity;
import org.socialmap.model.Member;

/**
 * How well a member fits a platform: the strength (1 weak, 2 moderate, 3 strong) of their best
 * affinity with the platform itself or with one of its kinds, 0 when they have none. A platform no
 * catalog knows can only be fitted by an affinity that names it.
 */
public final class AffinityFit {

	public static final int NONE = 0;
	public static final int BEST = 3;

	private final CatalogRegistry catalogs;

	public AffinityFit(CatalogRegistry catalogs) {
		this.catalogs = catalogs;
	}

	public int of(Member member, String platformId) {
		Optional<Platform> platform = catalogs.platform(platformId);
		int best = NONE;
		for (Affinity affinity : member.getAffinities()) {
			boolean matches = platformId != null && platformId.equals(affinity.getPlatform())
					|| affinity.getPlatformKind() != null && platform.map(p -> p.hasKind(affinity.getPlatformKind())).orElse(false);
			if (matches) {
				best = Math.max(best, affinity.getStrength().getValue());
			}
		}
		return best;
	}
}
