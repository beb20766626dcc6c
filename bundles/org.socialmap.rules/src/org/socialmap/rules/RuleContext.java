package org.socialmap.rules;

import org.socialmap.catalog.CatalogRegistry;

/** What rules may consult besides the model: the platform catalogs, the thresholds, affinity fit. */
public final class RuleContext {

	private final CatalogRegistry catalogs;
	private final RuleSettings settings;
	private final AffinityFit fit;

	public RuleContext(CatalogRegistry catalogs, RuleSettings settings) {
		this.catalogs = catalogs;
		this.settings = settings;
		this.fit = new AffinityFit(catalogs);
	}

	public CatalogRegistry catalogs() {
		return catalogs;
	}

	public RuleSettings settings() {
		return settings;
	}

	public AffinityFit fit() {
		return fit;
	}
}
