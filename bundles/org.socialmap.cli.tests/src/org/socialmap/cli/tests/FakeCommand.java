package org.socialmap.cli.tests;

import java.util.List;

import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;

/** A command whose run is what the test says, to check what the CLI does around any command. */
record FakeCommand(String name, Body body) implements Command {

	interface Body {
		int run(List<String> args, CommandContext context) throws Exception;
	}

	@Override
	public String summary() {
		return "Does what the test says.";
	}

	@Override
	public String usage() {
		return "[ARG...]";
	}

	@Override
	public String help() {
		return "A command of the tests.\n";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		return body.run(args, context);
	}
}
