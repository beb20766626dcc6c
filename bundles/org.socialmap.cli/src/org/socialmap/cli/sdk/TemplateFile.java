package org.socialmap.cli.sdk;

/** One file of a project template: its path under the template's folder, with name placeholders, and its text. */
public record TemplateFile(String path, String text) {

	/** The Maven wrapper is the one file that must be executable. */
	public boolean executable() {
		return path.equals("mvnw");
	}
}
