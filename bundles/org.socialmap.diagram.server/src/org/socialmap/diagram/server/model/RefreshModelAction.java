package org.socialmap.diagram.server.model;

import org.eclipse.glsp.server.actions.Action;

/** Sent by the server to a session of its own: another session changed the shared model. */
public class RefreshModelAction extends Action {

	public static final String KIND = "socialmapRefreshModel";

	public RefreshModelAction() {
		super(KIND);
	}
}
