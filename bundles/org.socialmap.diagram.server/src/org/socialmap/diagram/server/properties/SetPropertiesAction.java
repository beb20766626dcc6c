package org.socialmap.diagram.server.properties;

import java.util.List;

import org.eclipse.glsp.server.actions.ResponseAction;

/** The properties of one element, for the side panel. */
public class SetPropertiesAction extends ResponseAction {

	public static final String KIND = "setProperties";

	private String elementId;
	private List<Property> properties;

	public SetPropertiesAction() {
		super(KIND);
	}

	public SetPropertiesAction(String elementId, List<Property> properties) {
		this();
		this.elementId = elementId;
		this.properties = properties;
	}

	public String getElementId() {
		return elementId;
	}

	public List<Property> getProperties() {
		return properties;
	}
}
