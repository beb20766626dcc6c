package org.socialmap.diagram.server.operations;

import org.eclipse.glsp.server.operations.Operation;

/** Lays the diagram out automatically: every node, or ({@code keepPinned}) only those not placed by hand. */
public class LayoutAllOperation extends Operation {

	public static final String KIND = "layoutAll";

	private boolean keepPinned;

	public LayoutAllOperation() {
		super(KIND);
	}

	public LayoutAllOperation(boolean keepPinned) {
		this();
		this.keepPinned = keepPinned;
	}

	public boolean isKeepPinned() {
		return keepPinned;
	}
}
