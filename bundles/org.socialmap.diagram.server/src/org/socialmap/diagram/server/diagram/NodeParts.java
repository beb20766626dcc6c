package org.socialmap.diagram.server.diagram;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/**
 * The parts inside nodes, placed by the server (the client draws what it is given, with no layout
 * pass of its own): labels as one line of text from their top-left corner, the text's baseline
 * {@value #ASCENT} below it, and the platform icon. Only what the client reads is sent: a name's
 * size, which bounds its direct edit, and no size for the other labels (drawn as text) nor for the
 * icon (24 x 24 by the contract), so that a large diagram's model stays small.
 */
public final class NodeParts {

	public static final double LINE = 16;
	public static final double ICON = 24;
	static final double ASCENT = 12;

	private NodeParts() {
	}

	/** An element's name, edited in place within {@code width}. */
	public static GLabel name(String ownerId, String text, double x, double y, double width) {
		return line(ElementTypes.NAME, ownerId, GModelIds.NAME, text, x, y).size(Math.max(width, 0), LINE).build();
	}

	/** A one-line label of {@code type}, part {@code part} of {@code ownerId}. */
	public static GLabel label(String type, String ownerId, String part, String text, double x, double y) {
		return line(type, ownerId, part, text, x, y).build();
	}

	/** The icon of a platform, drawn by the client from the catalogs' icons. */
	public static GModelElement platformIcon(String ownerId, String platformId, double x, double y) {
		return new GNodeBuilder(ElementTypes.PLATFORM_ICON).id(GModelIds.part(ownerId, GModelIds.ICON))
				.addArgument("platform", platformId == null ? "" : platformId).position(x, y).build();
	}

	private static GLabelBuilder line(String type, String ownerId, String part, String text, double x, double y) {
		return new GLabelBuilder(type).id(GModelIds.part(ownerId, part)).text(text == null ? "" : text).position(x, y)
				.alignment(0, ASCENT);
	}
}
