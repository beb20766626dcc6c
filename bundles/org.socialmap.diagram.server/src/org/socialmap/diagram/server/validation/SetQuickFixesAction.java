package org.socialmap.diagram.server.validation;

import java.util.List;

import org.eclipse.glsp.server.actions.ResponseAction;

/** The quick fixes offered on one element, each with the id {@code applyQuickFix} names it by. */
public class SetQuickFixesAction extends ResponseAction {

	public static final String KIND = "setQuickFixes";

	/** A fix as the client lists it. */
	public record Fix(String id, String label) {
	}

	private String elementId;
	private List<Fix> fixes;

	public SetQuickFixesAction() {
		super(KIND);
	}

	public SetQuickFixesAction(String elementId, List<Fix> fixes) {
		this();
		this.elementId = elementId;
		this.fixes = fixes;
	}

	public String getElementId() {
		return elementId;
	}

	public List<Fix> getFixes() {
		return fixes;
	}
}
