package org.socialmap.diagram.server.validation;

import org.eclipse.glsp.server.operations.Operation;

/** Applies the quick fix {@code fixId} ({@code setQuickFixes} gave it) of a finding shown on {@code elementId}. */
public class ApplyQuickFixOperation extends Operation {

	public static final String KIND = "applyQuickFix";

	private String elementId;
	private String fixId;

	public ApplyQuickFixOperation() {
		super(KIND);
	}

	public ApplyQuickFixOperation(String elementId, String fixId) {
		this();
		this.elementId = elementId;
		this.fixId = fixId;
	}

	public String getElementId() {
		return elementId;
	}

	public String getFixId() {
		return fixId;
	}
}
