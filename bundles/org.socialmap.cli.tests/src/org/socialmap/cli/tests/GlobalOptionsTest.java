package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.Command;
import org.socialmap.cli.ExitCode;

/** --progress and --debug may stand anywhere before --; the command gets the rest, -- included. */
class GlobalOptionsTest {

	/** Reports one step and prints the arguments it got. */
	private static final List<Command> PROBE = List.of(new FakeCommand("probe", (args, context) -> {
		context.progress().step("probing");
		context.out().println(String.join(" ", args));
		return ExitCode.OK;
	}));

	@Test
	void withoutProgressStderrStaysEmpty() {
		CliRun run = CliRun.with(PROBE, "probe", "a");

		assertEquals(new CliRun(0, "a\n", ""), run);
	}

	@Test
	void progressBeforeOrAfterTheCommandReportsTheStepsOnStderr() {
		CliRun before = CliRun.with(PROBE, "--progress", "probe", "a");
		CliRun after = CliRun.with(PROBE, "probe", "a", "--progress");

		assertEquals(new CliRun(0, "a\n", "socialmap: probing...\n"), before);
		assertEquals(before, after);
	}

	@Test
	void aTerminalGetsTheStepsWithoutBeingAsked() {
		assertEquals("socialmap: probing...\n", CliRun.onATerminal(PROBE, "probe").err());
	}

	@Test
	void afterDoubleDashGlobalOptionsReachTheCommand() {
		CliRun run = CliRun.with(PROBE, "--debug", "probe", "a", "--", "--progress", "--debug");

		assertEquals(new CliRun(0, "a -- --progress --debug\n", ""), run);
	}

	@Test
	void theCommandsExitCodeIsTheCliExitCode() {
		List<Command> finding = List.of(new FakeCommand("finding", (args, context) -> ExitCode.FINDINGS));

		assertEquals(1, CliRun.with(finding, "finding").exitCode());
	}
}
