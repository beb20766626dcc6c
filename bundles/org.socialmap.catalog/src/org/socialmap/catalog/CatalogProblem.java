package org.socialmap.catalog;

/**
 * Something wrong with a catalog contribution. Errors mean a part was skipped; warnings mean a
 * documented rule decided (a duplicate id, say) or something was ignored, and everything else loaded.
 *
 * @param contributor the bundle that contributes the catalog (outside Eclipse, the {@link CatalogSource}'s contributor)
 * @param file        the catalog file inside that bundle or folder
 * @param line        the line of the file where the element or attribute concerned starts, or 0 when
 *                    the problem is about the file as a whole
 */
public record CatalogProblem(Severity severity, String contributor, String file, int line, String message) {

	public enum Severity {
		WARNING, ERROR
	}

	/** "contributor/file:line", without ":line" when there is none. */
	public String where() {
		return contributor + "/" + file + (line > 0 ? ":" + line : "");
	}

	@Override
	public String toString() {
		return severity + " " + where() + ": " + message;
	}
}
