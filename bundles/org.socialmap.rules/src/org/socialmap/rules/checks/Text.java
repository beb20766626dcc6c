package org.socialmap.rules.checks;

/** The test the checks share for text the modeller left out. */
final class Text {

	private Text() {
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
