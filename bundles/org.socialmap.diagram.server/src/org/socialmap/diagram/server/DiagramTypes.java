package org.socialmap.diagram.server;

import java.util.List;

import org.eclipse.glsp.server.di.DiagramModule;

/** The diagram types Socialmap serves (docs/diagrams.md): a new diagram type is one more line here. */
public final class DiagramTypes {

	private DiagramTypes() {
	}

	/** A new list of new modules each time: a GLSP server configures the modules it is given. */
	public static List<DiagramModule> all() {
		return List.of();
	}
}
