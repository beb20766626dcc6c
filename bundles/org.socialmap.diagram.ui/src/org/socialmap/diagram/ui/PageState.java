package org.socialmap.diagram.ui;

/**
 * What the page says of itself on {@code document.body.dataset}: {@code diagramState} ({@code loading},
 * {@code ready}, {@code failed}, {@code disconnected}) and {@code dirty}.
 */
public record PageState(String diagramState, boolean dirty) {

	static final PageState LOADING = new PageState("loading", false);

	public boolean ready() {
		return "ready".equals(diagramState);
	}

	/** The page cannot draw: its message bar says why. */
	public boolean failed() {
		return "failed".equals(diagramState);
	}
}
