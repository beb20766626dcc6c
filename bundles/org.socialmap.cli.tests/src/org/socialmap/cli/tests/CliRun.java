package org.socialmap.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.socialmap.cli.Cli;
import org.socialmap.cli.Command;
import org.socialmap.cli.Commands;

/**
 * One run of the CLI in this JVM, just below the Equinox application: the exit code {@code Cli.run}
 * returns and what it wrote to stdout and stderr.
 */
record CliRun(int exitCode, String out, String err) {

	/** With the commands the product ships. */
	static CliRun of(String... args) {
		return run(Commands.all(), false, args);
	}

	/** With the commands a test gives, e.g. {@link FakeCommand}s. */
	static CliRun with(List<Command> commands, String... args) {
		return run(commands, false, args);
	}

	/** As when the start script found that stderr is a terminal. */
	static CliRun onATerminal(List<Command> commands, String... args) {
		return run(commands, true, args);
	}

	private static CliRun run(List<Command> commands, boolean stderrIsTerminal, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exitCode = new Cli(commands, outStream, errStream, stderrIsTerminal).run(List.of(args));
		}
		return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit code " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
	}
}
