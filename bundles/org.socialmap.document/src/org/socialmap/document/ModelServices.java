package org.socialmap.document;

import java.util.function.Supplier;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;

/**
 * What the diagrams read besides the model: the platform catalogs (asked again on every use, since
 * plug-ins may come and go), the rules whose findings they show and the rules' settings.
 */
public record ModelServices(Supplier<CatalogRegistry> catalogs, RuleSet rules, RuleSettings settings) {

	/** The catalogs and rules installed in the running Eclipse, with the default settings. */
	public static ModelServices installed() {
		return new ModelServices(Catalogs::registry, Rules.installed(), RuleSettings.defaults());
	}
}
