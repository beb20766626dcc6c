package org.socialmap.catalog;

/**
 * Two catalogs define the same platform, kind or organisation model id; the registry uses one
 * definition whole and ignores the other (see docs/catalogs.md, "When two catalogs define the same id").
 *
 * @param subject {@link #PLATFORM}, {@link #KIND} or {@link #ORGANISATION_MODEL}
 * @param warning how the registry's {@link CatalogRegistry#problems() problems} report it
 */
public record CatalogConflict(String subject, String id, Definition used, Definition ignored, CatalogProblem warning) {

	public static final String PLATFORM = "platform";
	public static final String KIND = "platform kind";
	public static final String ORGANISATION_MODEL = "organisation model";

	/** Where one of the two definitions is. */
	public record Definition(String contributor, String file, int line, int priority) {

		/** "contributor/file:line". */
		public String where() {
			return contributor + "/" + file + (line > 0 ? ":" + line : "");
		}
	}
}
