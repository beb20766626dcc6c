package org.socialmap.cli.output;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Writes JSON, indented by two spaces, one value at a time; enough for the CLI's reports without a
 * third-party library. Characters outside ASCII are escaped, so the output is right whatever encoding
 * the locale gives stdout.
 */
public final class JsonWriter {

	private final StringBuilder json = new StringBuilder();
	/** One entry per open object or array: whether it has a member yet. */
	private final Deque<Boolean> open = new ArrayDeque<>();
	private boolean afterName;

	public JsonWriter beginObject() {
		return begin('{');
	}

	public JsonWriter endObject() {
		return end('}');
	}

	public JsonWriter beginArray() {
		return begin('[');
	}

	public JsonWriter endArray() {
		return end(']');
	}

	/** The name of the next member of the current object. */
	public JsonWriter name(String name) {
		separate();
		string(name);
		json.append(": ");
		afterName = true;
		return this;
	}

	/** A string, or null. */
	public JsonWriter value(String value) {
		separate();
		if (value == null) {
			json.append("null");
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(long value) {
		separate();
		json.append(value);
		return this;
	}

	/** A line number of a file, or null for 0, which stands for none. */
	public JsonWriter lineNumber(int line) {
		return line > 0 ? value(line) : value((String) null);
	}

	public JsonWriter value(boolean value) {
		separate();
		json.append(value);
		return this;
	}

	/** An array of strings. */
	public JsonWriter values(Collection<String> values) {
		beginArray();
		values.forEach(this::value);
		return endArray();
	}

	/** The document, with a final newline; call when every object and array is closed. */
	@Override
	public String toString() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("JSON document not finished: " + open.size() + " open");
		}
		return json + "\n";
	}

	private JsonWriter begin(char bracket) {
		separate();
		json.append(bracket);
		open.push(false);
		return this;
	}

	private JsonWriter end(char bracket) {
		boolean hasMembers = open.pop();
		if (hasMembers) {
			newLine();
		}
		json.append(bracket);
		return this;
	}

	/** Puts the comma and line break that come before a value, unless the value follows its name. */
	private void separate() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (open.isEmpty()) {
			return;
		}
		if (open.pop()) {
			json.append(',');
		}
		open.push(true);
		newLine();
	}

	private void newLine() {
		json.append('\n').append("  ".repeat(open.size()));
	}

	private void string(String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		json.append('"');
	}
}
