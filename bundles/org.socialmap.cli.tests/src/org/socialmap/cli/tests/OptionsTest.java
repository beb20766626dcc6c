package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;

/** {@link Options#parse}: the strict parsing every command's arguments go through. */
class OptionsTest {

	private final Options options = new Options()
			.flag("--apply", "Writes the proposals.")
			.value("--out", "DIR", "Folder to write into.")
			.choice("--format", List.of("text", "json"), "Output format.");

	@Test
	void aValueFollowsItsOptionOrAnEqualsSign() throws Exception {
		assertEquals(Map.of("--format", "json"), parse("--format", "json").values());
		assertEquals(Map.of("--format", "json"), parse("--format=json").values());
		assertEquals(Map.of("--out", "a=b"), parse("--out=a=b").values(), "the first equals sign separates");
	}

	@Test
	void optionsAndOperandsMayBeMixed() throws Exception {
		Arguments arguments = parse("a.socialmap", "--apply", "--out", "report", "b.socialmap");

		assertEquals(Set.of("--apply"), arguments.flags());
		assertEquals(Map.of("--out", "report"), arguments.values());
		assertEquals(List.of("a.socialmap", "b.socialmap"), arguments.operands());
	}

	@Test
	void doubleDashEndsTheOptions() throws Exception {
		Arguments arguments = parse("--apply", "--", "--format", "-h");

		assertEquals(Set.of("--apply"), arguments.flags());
		assertEquals(Map.of(), arguments.values());
		assertEquals(List.of("--format", "-h"), arguments.operands());
	}

	@Test
	void aLoneDashIsAnOperand() throws Exception {
		assertEquals(List.of("-"), parse("-").operands());
	}

	@Test
	void aValueMayStartWithOneDashButNotWithTwo() throws Exception {
		assertEquals(Map.of("--out", "-reports"), parse("--out", "-reports").values());
		assertEquals("option --out needs a value: --out DIR", usageError("--out", "--apply"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			--colour                     => unknown option '--colour'
			--colour=red                 => unknown option '--colour'
			-x                           => unknown option '-x'
			--apply=yes                  => option --apply takes no value
			--apply --apply              => option --apply is given twice
			--format=json --format text  => option --format is given twice
			--out                        => option --out needs a value: --out DIR
			--format                     => option --format needs a value: --format text|json
			--format xml                 => option --format takes text or json, not 'xml'
			--format=                    => option --format takes text or json, not ''
			""")
	void aWrongCommandLineIsAUsageError(String commandLine, String message) {
		assertEquals(message, usageError(commandLine.split(" ")));
	}

	@Test
	void describeListsTheOptionsInTheirOrderWithHelpLast() {
		assertEquals("""
				Options:
				  --apply             Writes the proposals.
				  --out DIR           Folder to write into.
				  --format text|json  Output format.
				  -h, --help          Shows this help.
				""", options.describe());
	}

	@Test
	void anOptionNotGivenTakesTheFallback() throws Exception {
		Arguments arguments = parse("--apply");

		assertEquals("text", arguments.value("--format", "text"));
		assertTrue(arguments.has("--apply"));
	}

	@Test
	void expectNoOperandsNamesTheFirstOperand() throws Exception {
		parse("--apply").expectNoOperands();
		UsageException error = assertThrows(UsageException.class, () -> parse("one", "two").expectNoOperands());
		assertEquals("unexpected argument 'one'", error.getMessage());
	}

	private Arguments parse(String... args) throws UsageException {
		return options.parse(List.of(args));
	}

	private String usageError(String... args) {
		return assertThrows(UsageException.class, () -> parse(args)).getMessage();
	}
}
