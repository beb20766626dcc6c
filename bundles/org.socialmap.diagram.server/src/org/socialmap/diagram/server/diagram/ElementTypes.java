package org.socialmap.diagram.server.diagram;

import org.socialmap.model.CurationRole;
import org.socialmap.model.LinkKind;

/** The {@code type} of every GModel element the diagrams send (docs/diagrams.md, "Element types"). */
public final class ElementTypes {

	public static final String GRAPH = "graph";
	public static final String WEBSITE = "node:website";
	public static final String PRESENCE = "node:presence";
	/** Followed by a platform id, the palette's element type for a presence on that platform. */
	public static final String PRESENCE_ON = PRESENCE + ":";
	public static final String TEAM = "node:team";
	public static final String MEMBERS = "comp:members";
	public static final String MEMBER = "node:member";
	public static final String PLATFORM_ICON = "icon:platform";
	public static final String LOAD_BAR = "bar:load";
	public static final String NAME = "label:name";
	public static final String HANDLE = "label:handle";
	public static final String KIND = "label:kind";
	public static final String NOTE = "label:note";
	public static final String FUNCTION = "label:function";
	public static final String HOURS = "label:hours";
	public static final String MATRIX_MEMBER = "matrix:member";
	public static final String MATRIX_PRESENCE = "matrix:presence";
	public static final String MATRIX_CELL = "matrix:cell";

	private static final String EDGE = "edge:";

	private ElementTypes() {
	}

	/** {@code edge:gateway}, {@code edge:crossPosts}...: the link kind's name in the metamodel. */
	public static String link(LinkKind kind) {
		return EDGE + kind.getName();
	}

	/** {@code edge:owner}, {@code edge:contributor}, {@code edge:backup}. */
	public static String curation(CurationRole role) {
		return EDGE + role.getName();
	}

	/** The link kind an element type stands for, or null when it is no link's. */
	public static LinkKind linkKind(String type) {
		return LinkKind.VALUES.stream().filter(kind -> link(kind).equals(type)).findFirst().orElse(null);
	}

	/** The curation role an element type stands for, or null when it is no curation's. */
	public static CurationRole curationRole(String type) {
		return CurationRole.VALUES.stream().filter(role -> curation(role).equals(type)).findFirst().orElse(null);
	}
}
