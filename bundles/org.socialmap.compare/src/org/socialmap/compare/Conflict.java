package org.socialmap.compare;

/**
 * A place where both sides of a merge changed the model in ways that do not go together; the merge
 * kept ours there.
 *
 * @param key     the element's id, or for an element without one the path that identifies it
 * @param element the element, named with its client or container
 * @param feature the feature both sides changed; null when one side deleted the element the other changed
 * @param ours    what ours has there, in words
 * @param theirs  what theirs has there, in words
 */
public record Conflict(String key, String element, String feature, String ours, String theirs) {

	/** One line: "Presence 'Blog' (client 'Acme'): cadence: ours weekly, theirs daily; kept ours". */
	public String text() {
		return element + ": " + (feature == null ? "" : feature + ": ") + "ours " + ours + ", theirs " + theirs + "; kept ours";
	}
}
