package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.Command;
import org.socialmap.cli.UsageException;

/**
 * A command that fails: one line on stderr and exit code 2; the stack trace only with --debug; a
 * wrong command line gets the command's usage.
 */
class FailureTest {

	private static List<Command> throwing(Throwable failure) {
		return List.of(new FakeCommand("fail", (args, context) -> {
			context.out().print("partial result\n");
			if (failure instanceof Exception exception) {
				throw exception;
			}
			throw (Error) failure;
		}));
	}

	@Test
	void anInputProblemIsItsMessageAlone() {
		CliRun run = CliRun.with(throwing(new IOException("models/acme.socialmap: no such file")), "fail");

		assertEquals(new CliRun(2, "partial result\n", "socialmap: models/acme.socialmap: no such file\n"), run);
	}

	@Test
	void anythingElseIsAnUnexpectedErrorOnOneLine() {
		CliRun run = CliRun.with(throwing(new IllegalStateException("no catalog")), "fail");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("socialmap: unexpected error: java.lang.IllegalStateException: no catalog (--debug shows where)\n",
				run.err());
	}

	@Test
	void aMissingClassIsReportedLikeAnyUnexpectedError() {
		CliRun run = CliRun.with(throwing(new NoClassDefFoundError("org/example/Gone")), "fail");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("socialmap: unexpected error: java.lang.NoClassDefFoundError: org/example/Gone (--debug shows where)\n",
				run.err());
	}

	@Test
	void debugAddsTheStackTrace() {
		CliRun run = CliRun.with(throwing(new IllegalStateException("no catalog")), "fail", "--debug");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("socialmap: unexpected error: java.lang.IllegalStateException: no catalog\n"
				+ "java.lang.IllegalStateException: no catalog\n\tat "), run::toString);
	}

	@Test
	void aUsageExceptionShowsTheCommandsUsage() {
		CliRun run = CliRun.with(throwing(new UsageException("two files needed")), "fail");

		assertEquals(new CliRun(2, "partial result\n", """
				socialmap: two files needed

				Usage: socialmap fail [ARG...]
				Run 'socialmap fail --help' for its options.
				"""), run);
	}
}
