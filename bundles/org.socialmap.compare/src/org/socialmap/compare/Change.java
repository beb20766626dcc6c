package org.socialmap.compare;

/**
 * One difference between two versions of a model, named as a modeller reads it.
 *
 * @param kind    what happened to the element
 * @param key     the element's id, or for an element without one the path that identifies it
 * @param element the element, named with its client or container ("Presence 'Blog' (client 'Acme')")
 * @param feature the feature that changed, or whose order changed; null when the element was added, removed or moved
 * @param before  the old value, or the container the element was removed or moved from; null when there is none
 * @param after   the new value, or the container the element was added or moved to; null when there is none
 */
public record Change(Kind kind, String key, String element, String feature, String before, String after) {

	/** What happened to an element. */
	public enum Kind {
		ADDED, REMOVED, MOVED, CHANGED, REORDERED;

		/** The word the JSON output uses. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** The change as one sentence: "Presence 'Twitter account' (client 'Officina Digitale'): cadence weekly -> real-time". */
	public String text() {
		return switch (kind) {
		case ADDED -> element + " added to " + after;
		case REMOVED -> element + " removed from " + before;
		case MOVED -> element + " moved from " + before + " to " + after;
		case CHANGED -> element + ": " + feature + " " + before + " -> " + after;
		case REORDERED -> element + ": order of " + feature + " changed";
		};
	}
}
