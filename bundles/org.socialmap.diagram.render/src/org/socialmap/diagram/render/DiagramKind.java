package org.socialmap.diagram.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The diagrams a client has, by the name pages and the command line use for them (docs/diagrams.md). */
public enum DiagramKind {

	MAP("Social media map"), TEAM("Team"), MATRIX("Curator x presence matrix");

	private final String title;

	DiagramKind(String title) {
		this.title = title;
	}

	/** The name in page URLs and on the command line: {@code map}, {@code team}, {@code matrix}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String title() {
		return title;
	}

	public static Optional<DiagramKind> byId(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
	}
}
