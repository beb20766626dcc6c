package org.socialmap.diagram.server.validation;

import org.eclipse.glsp.server.actions.Action;

/** Asks for the quick fixes of the findings shown on the element with id {@code elementId}. */
public class RequestQuickFixesAction extends Action {

	public static final String KIND = "requestQuickFixes";

	private String elementId;

	public RequestQuickFixesAction() {
		super(KIND);
	}

	public RequestQuickFixesAction(String elementId) {
		this();
		this.elementId = elementId;
	}

	public String getElementId() {
		return elementId;
	}
}
