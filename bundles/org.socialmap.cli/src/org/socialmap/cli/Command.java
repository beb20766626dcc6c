package org.socialmap.cli;

import java.util.List;

/**
 * One command of the socialmap CLI. To add one, write a class like this and list it in {@link Commands}.
 */
public interface Command {

	/** The words that select the command, e.g. {@code catalog list}. */
	String name();

	/** One line for the list of commands. */
	String summary();

	/** What follows the name on the usage line, e.g. {@code [--format text|json]}; empty when nothing does. */
	String usage();

	/** What the command does and its options, printed under the usage line by --help. */
	String help();

	/**
	 * Runs the command on the arguments after its name, with the global options already taken out.
	 *
	 * @return an exit code of {@link ExitCode}
	 * @throws UsageException when the arguments are wrong; any other exception means the command
	 *                        could not do its work and exits with {@link ExitCode#FAILURE}
	 */
	int run(List<String> args, CommandContext context) throws Exception;
}
