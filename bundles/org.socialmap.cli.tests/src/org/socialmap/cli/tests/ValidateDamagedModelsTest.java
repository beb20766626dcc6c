package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialmap.tests.common.DamagedModels;
import org.socialmap.tests.common.DamagedModels.Variant;
import org.socialmap.tests.common.ExampleModels;

/**
 * {@code socialmap validate} on damaged copies of the example models (the first of the model tests'
 * variants): exit code 2 with one line on stderr that names the file and line (no line only for an
 * empty file) and says what is wrong in words, or a normal validation of a file that still loads.
 */
class ValidateDamagedModelsTest {

	private static final Pattern PROBLEM = Pattern.compile("socialmap: (.+?\\.socialmap)(?::([1-9][0-9]*))?: (.+)\n");
	private static final Pattern JAVA_TEXT = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]|Exception|Error:|@[0-9a-f]{6,}");

	@TempDir
	Path folder;

	static List<Variant> variants() {
		return new DamagedModels(20261207L, ExampleModels.all()).variants(20);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void validateExplainsADamagedModelOrValidatesIt(Variant variant) throws IOException {
		Path file = Files.write(folder.resolve("damaged.socialmap"), variant.content());

		CliRun run = CliRun.of("validate", file.toString());

		if (run.exitCode() == 2) {
			assertEquals("", run.out(), run::toString);
			Matcher problem = PROBLEM.matcher(run.err());
			assertTrue(problem.matches(), run::toString);
			assertEquals(file.toString(), problem.group(1), run::toString);
			assertTrue(problem.group(2) != null || problem.group(3).equals("the file is empty"), "a line: " + run);
			assertFalse(JAVA_TEXT.matcher(problem.group(3)).find(), run::toString);
		} else {
			assertTrue(List.of(0, 1).contains(run.exitCode()), run::toString);
			assertTrue(run.out().startsWith(file + ": "), run::toString);
			assertEquals("", run.err(), run::toString);
		}
	}
}
