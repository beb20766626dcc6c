package org.socialmap.diagram.server.operations;

import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.model.LinkKind;
import org.socialmap.model.MapNode;
import org.socialmap.model.Presence;
import org.socialmap.model.Website;
import org.socialmap.model.text.Labels;

/** Which links may be drawn: between two different elements; a gateway from a website to a presence. */
final class LinkRules {

	private LinkRules() {
	}

	static void check(LinkKind kind, MapNode source, MapNode target) {
		if (source == target) {
			throw new GLSPServerException("A link joins two different elements; " + Labels.of(source) + " cannot link to itself.");
		}
		if (kind == LinkKind.GATEWAY && !(source instanceof Website && target instanceof Presence)) {
			throw new GLSPServerException("A gateway leads from a website to a presence, not from " + Labels.of(source)
					+ " to " + Labels.of(target) + ".");
		}
	}
}
