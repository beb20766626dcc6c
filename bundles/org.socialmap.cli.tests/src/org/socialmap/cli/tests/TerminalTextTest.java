package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.cli.output.TextTable;

/** How text from models and files is escaped for the terminal. */
class TerminalTextTest {

	@Test
	void ordinaryTextIsLeftAsItIs() {
		String text = "Caff\u00e8 L'Aurora \u2014 \u65e5\u672c, C:\\dir";
		assertSame(text, TerminalText.safe(text));
	}

	@Test
	void controlCharactersBecomeEscapes() {
		assertEquals("\\e]0;t\\x07 \\x00\\x7f \\u009b2J \\u0085", TerminalText.safe("\u001b]0;t\u0007 \u0000\u007f \u009b2J \u0085"));
	}

	@Test
	void lineBreaksStayOutOfOneLine() {
		assertEquals("a\\nb\\r\\tc\\u2028d\\u2029", TerminalText.safe("a\nb\r\tc\u2028d\u2029"));
	}

	@Test
	void textOfSeveralLinesKeepsItsLinesAndIndents() {
		assertEquals("a\n\tat \\e[2J\\r", TerminalText.safeLines("a\n\tat \u001b[2J\r"));
	}

	@Test
	void tableCellsAreEscapedBeforeTheColumnsAreAligned() {
		assertEquals("a\\e  x\nbb   y\n", new TextTable().row("a\u001b", "x").row("bb", "y").format(""));
	}
}
