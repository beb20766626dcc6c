package org.socialmap.catalog;

/**
 * Two catalogs define the same platform, kind or organisation model id; the registry uses one
 * definition whole and ignores the other (see docs/catalogs.md, "When two catalogs define the same id").
 *
 * @param subject "platform", "platform kind" or "organisation model"
 */
public record CatalogConflict(String subject, String id, Definition used, Definition ignored) {

	/** Where one of the two definitions is. */
	public record Definition(String contributor, String file, int line, int priority) {

		/** "contributor/file:line". */
		public String where() {
			return contributor + "/" + file + (line > 0 ? ":" + line : "");
		}
	}

}
