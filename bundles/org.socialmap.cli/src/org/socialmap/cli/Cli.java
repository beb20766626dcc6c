package org.socialmap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.cli.output.TextTable;

/**
 * Runs one command line: takes out the global options, finds the command, answers help, and turns
 * what happened into an exit code. Usage errors print a message and the usage on stderr; any other
 * failure prints one line on stderr (and the stack trace with --debug).
 */
public final class Cli {

	public static final String PROGRAM = "socialmap";

	private static final List<String> HELP = List.of("-h", "--help");

	private final List<Command> commands;
	private final PrintStream out;
	private final PrintStream err;
	private final boolean stderrIsTerminal;

	public Cli(List<Command> commands, PrintStream out, PrintStream err, boolean stderrIsTerminal) {
		this.commands = List.copyOf(commands);
		this.out = out;
		this.err = err;
		this.stderrIsTerminal = stderrIsTerminal;
	}

	public int run(List<String> args) {
		List<String> rest = new ArrayList<>();
		boolean debug = false;
		boolean progress = stderrIsTerminal;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--")) {
				rest.addAll(args.subList(i, args.size()));
				break;
			}
			switch (arg) {
			case "--debug" -> debug = true;
			case "--progress" -> progress = true;
			default -> rest.add(arg);
			}
		}
		try {
			return dispatch(rest, new CommandContext(out, err, new Progress(err, progress)));
		} catch (Exception | LinkageError e) {
			err.println(PROGRAM + ": " + TerminalText.safe(describe(e, debug)));
			if (debug) {
				err.print(TerminalText.safeLines(stackTrace(e)));
			}
			return ExitCode.FAILURE;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private int dispatch(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			return usageError("no command given", generalHelp());
		}
		String first = args.get(0);
		if (HELP.contains(first)) {
			out.print(generalHelp());
			return ExitCode.OK;
		}
		if (first.equals("--version")) {
			out.println(PROGRAM + " " + version());
			return ExitCode.OK;
		}
		if (first.equals("help")) {
			return help(args.subList(1, args.size()));
		}
		if (first.startsWith("-")) {
			return usageError("unknown option '" + first + "'", generalHelp());
		}
		Optional<Command> found = find(args);
		if (found.isEmpty()) {
			return unknownCommand(args);
		}
		Command command = found.get();
		List<String> commandArgs = args.subList(words(command).size(), args.size());
		if (asksForHelp(commandArgs)) {
			out.print(commandHelp(command));
			return ExitCode.OK;
		}
		try {
			return command.run(commandArgs, context);
		} catch (UsageException e) {
			return usageError(e.getMessage(), usageLine(command) + "Run '" + PROGRAM + " " + command.name()
					+ " --help' for its options.\n");
		}
	}

	private int help(List<String> names) {
		if (names.isEmpty()) {
			out.print(generalHelp());
			return ExitCode.OK;
		}
		String name = String.join(" ", names);
		Optional<Command> command = commands.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
		if (command.isPresent()) {
			out.print(commandHelp(command.get()));
			return ExitCode.OK;
		}
		List<Command> group = group(name);
		if (!group.isEmpty()) {
			out.print(groupHelp(name, group));
			return ExitCode.OK;
		}
		return usageError("unknown command '" + name + "'", generalHelp());
	}

	/** The first words name no command: maybe a group of commands (like {@code catalog}), maybe nothing. */
	private int unknownCommand(List<String> args) {
		String first = args.get(0);
		List<Command> group = group(first);
		if (group.isEmpty()) {
			return usageError("unknown command '" + first + "'", generalHelp());
		}
		if (args.size() > 1 && HELP.contains(args.get(1))) {
			out.print(groupHelp(first, group));
			return ExitCode.OK;
		}
		String message = args.size() == 1 ? "'" + first + "' needs a subcommand"
				: "unknown command '" + first + " " + args.get(1) + "'";
		return usageError(message, groupHelp(first, group));
	}

	/** The command whose name is the longest run of leading words. */
	private Optional<Command> find(List<String> args) {
		return commands.stream()
				.filter(command -> {
					List<String> words = words(command);
					return words.size() <= args.size() && args.subList(0, words.size()).equals(words);
				})
				.max(Comparator.comparingInt(command -> words(command).size()));
	}

	private List<Command> group(String prefix) {
		return commands.stream().filter(command -> command.name().startsWith(prefix + " ")).toList();
	}

	private static List<String> words(Command command) {
		return List.of(command.name().split(" "));
	}

	private static boolean asksForHelp(List<String> args) {
		int end = args.indexOf("--");
		return (end < 0 ? args : args.subList(0, end)).stream().anyMatch(HELP::contains);
	}

	/** {@code message} may quote the command line, or a file through an exception's message. */
	private int usageError(String message, String usage) {
		err.println(PROGRAM + ": " + TerminalText.safe(message));
		err.println();
		err.print(usage);
		return ExitCode.FAILURE;
	}

	private String generalHelp() {
		TextTable commandList = new TextTable();
		commands.forEach(command -> commandList.row(command.name(), command.summary()));
		commandList.row("help", "Shows the help of a command.");
		TextTable globalOptions = new TextTable()
				.row("-h, --help", "Shows this help.")
				.row("--version", "Prints the version of socialmap.")
				.row("--progress", "Reports the steps of long runs on stderr even when it is not a terminal.")
				.row("--debug", "Prints the stack trace of an unexpected error.");
		return "Usage: " + PROGRAM + " [--debug] [--progress] COMMAND [ARGUMENTS]\n"
				+ "       " + PROGRAM + " help COMMAND\n"
				+ "       " + PROGRAM + " COMMAND --help\n\n"
				+ "Plans and checks the social media maps that an agency draws for its clients.\n\n"
				+ "Commands:\n" + commandList.format("  ") + "\n"
				+ "Global options (anywhere before --):\n" + globalOptions.format("  ") + "\n"
				+ "Exit codes: 0 ok, 1 findings of error severity, 2 bad usage, unreadable input or failure.\n";
	}

	private static String groupHelp(String group, List<Command> members) {
		TextTable list = new TextTable();
		members.forEach(command -> list.row(command.name(), command.summary()));
		return "Usage: " + PROGRAM + " " + group + " SUBCOMMAND [ARGUMENTS]\n\nCommands:\n" + list.format("  ");
	}

	private static String commandHelp(Command command) {
		return usageLine(command) + "\n" + command.summary() + "\n\n" + command.help();
	}

	private static String usageLine(Command command) {
		String usage = command.usage().isEmpty() ? "" : " " + command.usage();
		return "Usage: " + PROGRAM + " " + command.name() + usage + "\n";
	}

	/** One line: the message alone for input problems, which users can fix, the exception too for anything else. */
	private static String describe(Throwable e, boolean debug) {
		if (e instanceof IOException && e.getMessage() != null) {
			return e.getMessage();
		}
		return "unexpected error: " + e + (debug ? "" : " (--debug shows where)");
	}

	/** Its messages may quote a model or file: printed through {@link TerminalText} like them. */
	private static String stackTrace(Throwable e) {
		StringWriter trace = new StringWriter();
		e.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	private static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Cli.class);
		return bundle == null ? "(version unknown outside OSGi)" : bundle.getVersion().toString();
	}
}
