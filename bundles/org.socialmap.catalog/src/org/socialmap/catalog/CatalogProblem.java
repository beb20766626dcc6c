package org.socialmap.catalog;

/**
 * Something wrong with a catalog contribution. Errors mean a part was skipped; warnings mean a
 * documented rule decided (a duplicate id, say) and everything still loaded.
 *
 * @param contributor the bundle that contributes the catalog (outside Eclipse, the {@link CatalogSource}'s contributor)
 * @param file        the catalog file inside that bundle or folder
 */
public record CatalogProblem(Severity severity, String contributor, String file, String message) {

	public enum Severity {
		WARNING, ERROR
	}

	@Override
	public String toString() {
		return severity + " " + contributor + "/" + file + ": " + message;
	}
}
