package org.socialmap.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of left-aligned columns separated by two spaces, for plain-text listings and help. Cells are
 * shown through {@link TerminalText#safe}: a control character or line break in one would drive the
 * terminal or break the table.
 */
public final class TextTable {

	private final List<String[]> rows = new ArrayList<>();

	public TextTable row(String... cells) {
		String[] row = new String[cells.length];
		for (int column = 0; column < cells.length; column++) {
			row[column] = TerminalText.safe(cells[column]);
		}
		rows.add(row);
		return this;
	}

	/** Every row on its own line after the indent; the last column is not padded, so lines end with text. */
	public String format(String indent) {
		int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int column = 0; column < row.length - 1; column++) {
				widths[column] = Math.max(widths[column], row[column].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int column = 0; column < row.length; column++) {
				line.append(row[column]);
				if (column < row.length - 1) {
					line.append(" ".repeat(widths[column] - row[column].length() + 2));
				}
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		return text.toString();
	}
}
