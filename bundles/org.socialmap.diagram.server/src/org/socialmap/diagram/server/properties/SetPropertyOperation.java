package org.socialmap.diagram.server.properties;

import org.eclipse.glsp.server.operations.Operation;

/** Changes one property of an element: {@code feature} as {@code setProperties} names it, to {@code value}. */
public class SetPropertyOperation extends Operation {

	public static final String KIND = "setProperty";

	private String elementId;
	private String feature;
	private Object value;

	public SetPropertyOperation() {
		super(KIND);
	}

	public SetPropertyOperation(String elementId, String feature, Object value) {
		this();
		this.elementId = elementId;
		this.feature = feature;
		this.value = value;
	}

	public String getElementId() {
		return elementId;
	}

	public String getFeature() {
		return feature;
	}

	public Object getValue() {
		return value;
	}
}
