package org.socialmap.cli.output;

/**
 * Text from models, catalogs and files as the command line prints it: a name holding ESC, BEL or
 * CSI (U+009B) would otherwise drive the user's terminal (set its title, hide lines, fake output),
 * and a line break in it would forge lines. Such characters are shown as escapes instead: {@code \e},
 * {@code \n}, {@code \r}, {@code \t}, {@code \x07} for the other C0 controls and DEL, and a
 * backslash, {@code u} and four hex digits for the C1 controls (CSI reads backslash-u009b) and the
 * Unicode line and paragraph separators. Backslashes themselves stay as they are: readable names
 * matter more here than telling an escape from a name that spells one.
 */
public final class TerminalText {

	private TerminalText() {
	}

	/** For one line: every control character escaped, line breaks too. */
	public static String safe(String text) {
		return escape(text, false);
	}

	/** For text of several lines, such as a stack trace: the same, but line feeds and tabs kept. */
	public static String safeLines(String text) {
		return escape(text, true);
	}

	private static String escape(String text, boolean keepLines) {
		if (text == null || text.chars().noneMatch(c -> needsEscape((char) c, keepLines))) {
			return text;
		}
		StringBuilder safe = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!needsEscape(c, keepLines)) {
				safe.append(c);
				continue;
			}
			switch (c) {
			case '\u001b' -> safe.append("\\e");
			case '\n' -> safe.append("\\n");
			case '\r' -> safe.append("\\r");
			case '\t' -> safe.append("\\t");
			default -> safe.append(c < 0x80 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
			}
		}
		return safe.toString();
	}

	private static boolean needsEscape(char c, boolean keepLines) {
		if (keepLines && (c == '\n' || c == '\t')) {
			return false;
		}
		return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
	}
}
