package org.socialmap.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as messages show them: whole when short, cut when long, so that a megabyte of text in an
 * attribute does not flood the terminal that reports it.
 */
public final class Excerpt {

	/** Long enough to recognise a value, short enough for one line of a terminal. */
	static final int LONGEST = 60;
	private static final int LONGEST_PARSER_MESSAGE = 240;

	private static final Pattern QUOTED = Pattern.compile("([\"'])([^\"']{" + (LONGEST + 1) + ",})\\1");

	private Excerpt() {
	}

	/** {@code 'value'}, cut after {@value #LONGEST} characters, control characters shown as '?'. */
	public static String quote(Object value) {
		return "'" + cut(String.valueOf(value)) + "'";
	}

	/**
	 * A parser's message with every long quoted part cut, runs of spaces made one, and cut as a
	 * whole should a long part be quoted in a way this does not recognise.
	 */
	static String parserMessage(String message) {
		Matcher quoted = QUOTED.matcher(message.replaceAll("\\s+", " "));
		StringBuilder result = new StringBuilder();
		while (quoted.find()) {
			quoted.appendReplacement(result, Matcher.quoteReplacement(quoted.group(1) + cut(quoted.group(2)) + quoted.group(1)));
		}
		String shortened = quoted.appendTail(result).toString();
		return shortened.length() > LONGEST_PARSER_MESSAGE ? cut(shortened, LONGEST_PARSER_MESSAGE) : shortened;
	}

	private static String cut(String text) {
		return cut(text, LONGEST);
	}

	private static String cut(String text, int longest) {
		String visible = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
				.limit(longest + 1L)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return visible.codePointCount(0, visible.length()) > longest
				? visible.substring(0, visible.offsetByCodePoints(0, longest)) + "..."
				: visible;
	}
}
