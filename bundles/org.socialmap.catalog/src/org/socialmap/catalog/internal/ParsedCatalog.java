package org.socialmap.catalog.internal;

import java.util.List;

import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;

/** What one catalog file defines, in file order, with what was wrong in it and skipped. */
public record ParsedCatalog(String id, String name, List<PlatformKind> kinds,
		List<OrganisationModel> organisationModels, List<Platform> platforms, List<CatalogProblem> problems) {
}
