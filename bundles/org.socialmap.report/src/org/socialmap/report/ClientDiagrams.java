package org.socialmap.report;

import java.util.List;

/**
 * The pictures of one client's diagrams that the report shows, or, when they could not be drawn,
 * why: the report says so instead of leaving them out silently.
 */
public record ClientDiagrams(List<Picture> pictures, String missingBecause) {

	/** A drawn diagram: its title (e.g. "Social media map") and a self-contained SVG document. */
	public record Picture(String title, String svg) {
	}

	public static ClientDiagrams drawn(List<Picture> pictures) {
		return new ClientDiagrams(List.copyOf(pictures), null);
	}

	public static ClientDiagrams missing(String because) {
		return new ClientDiagrams(List.of(), because);
	}
}
