package org.socialmap.diagram.server.diagram;

import org.socialmap.model.ClientCompany;

/**
 * The ids of GModel elements that are not model elements themselves. A model element's node has the
 * element's id, an edge its edge key (docs/diagrams.md); their parts get the owner's id, '#' and the
 * part ({@code facebook-page#name}), so the owner is whatever comes before the last '#'.
 */
public final class GModelIds {

	public static final String NAME = "name";
	public static final String HANDLE = "handle";
	public static final String KIND = "kind";
	public static final String ICON = "icon";
	public static final String NOTE = "note";
	public static final String FUNCTION = "function";
	public static final String LOAD = "load";
	public static final String MEMBERS = "members";
	public static final String HOURS = "hours";

	private static final char PART = '#';
	private static final String CELL = "cell:";

	private GModelIds() {
	}

	/** The diagram's root: {@code socialmap-map:officina}. */
	public static String root(DiagramKind kind, ClientCompany client) {
		return kind.glspType() + ":" + client.getId();
	}

	public static String part(String ownerId, String part) {
		return ownerId + PART + part;
	}

	/** Whether {@code id} names the {@code part} of some element. */
	public static boolean isPart(String id, String part) {
		return id != null && id.endsWith(PART + part) && id.length() > part.length() + 1;
	}

	/** The id of the element a part belongs to. */
	public static String owner(String partId) {
		return partId.substring(0, partId.lastIndexOf(PART));
	}

	/** A matrix cell: {@code cell:MEMBER:PRESENCE}. */
	public static String cell(String memberId, String presenceId) {
		return CELL + memberId + ":" + presenceId;
	}
}
