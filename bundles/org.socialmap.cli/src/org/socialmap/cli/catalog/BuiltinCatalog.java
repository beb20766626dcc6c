package org.socialmap.cli.catalog;

import org.socialmap.catalog.OrganisationModel;

/**
 * The catalog Socialmap ships. Organisation models are catalog data now, but the listing's format
 * (docs/cli.md, format version 1) still calls the ones this catalog defines "built-in".
 */
final class BuiltinCatalog {

	private static final String ID = "org.socialmap.catalog.builtin";

	private BuiltinCatalog() {
	}

	static boolean defines(OrganisationModel model) {
		return ID.equals(model.catalogId());
	}

	/** "built-in", or the id of the catalog that defines the model. */
	static String sourceOf(OrganisationModel model) {
		return defines(model) ? "built-in" : model.catalogId();
	}
}
