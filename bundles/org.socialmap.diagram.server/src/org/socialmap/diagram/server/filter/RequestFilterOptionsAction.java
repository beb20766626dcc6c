package org.socialmap.diagram.server.filter;

import org.eclipse.glsp.server.actions.Action;

/** Asks what the filter panel may offer, and which filters are on. */
public class RequestFilterOptionsAction extends Action {

	public static final String KIND = "requestFilterOptions";

	public RequestFilterOptionsAction() {
		super(KIND);
	}
}
