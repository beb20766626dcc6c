package org.socialmap.catalog.internal;

import java.util.List;
import java.util.Map;

import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;

/**
 * What one catalog file defines, in file order, with what was wrong in it and skipped.
 *
 * @param lines the line where each definition starts, by {@link #key(String, String) element and id}
 */
public record ParsedCatalog(String id, String name, List<PlatformKind> kinds,
		List<OrganisationModel> organisationModels, List<Platform> platforms, List<CatalogProblem> problems,
		Map<String, Integer> lines) {

	public ParsedCatalog {
		lines = Map.copyOf(lines);
	}

	/** The line where the element with this id starts, 0 when unknown. */
	public int line(String element, String elementId) {
		return lines.getOrDefault(key(element, elementId), 0);
	}

	/** {@code element} is the element's name in the file: kind, organisation-model or platform. */
	static String key(String element, String elementId) {
		return element + "/" + elementId;
	}
}
