package org.socialmap.diagram.server.properties;

import org.eclipse.glsp.server.actions.Action;

/** Asks for the properties of the element with id {@code elementId} (a model element's id or an edge key). */
public class RequestPropertiesAction extends Action {

	public static final String KIND = "requestProperties";

	private String elementId;

	public RequestPropertiesAction() {
		super(KIND);
	}

	public RequestPropertiesAction(String elementId) {
		this();
		this.elementId = elementId;
	}

	public String getElementId() {
		return elementId;
	}
}
