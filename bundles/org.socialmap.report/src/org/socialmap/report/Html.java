package org.socialmap.report;

/** Builds HTML text with every value escaped; the report never writes a value unescaped. */
final class Html {

	private final StringBuilder text = new StringBuilder(64 * 1024);

	/** Appends markup written by this bundle, never user data. */
	Html raw(String markup) {
		text.append(markup);
		return this;
	}

	/** Appends a value from the model or a catalog, escaped. */
	Html text(Object value) {
		text.append(escape(value == null ? "" : value.toString()));
		return this;
	}

	Html element(String tag, Object value) {
		return raw("<" + tag + ">").text(value).raw("</" + tag + ">");
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
