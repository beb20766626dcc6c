package org.socialmap.cli.plugins;

import java.util.List;

import org.socialmap.cli.Arguments;
import org.socialmap.cli.Cli;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.output.TerminalText;

/** {@code socialmap plugins remove NAME...}: uninstalls plug-ins and deletes their jars from the plug-in folder. */
public final class PluginsRemoveCommand implements Command {

	private final Options options = new Options();

	@Override
	public String name() {
		return "plugins remove";
	}

	@Override
	public String summary() {
		return "Uninstalls plug-ins added with 'plugins add'.";
	}

	@Override
	public String usage() {
		return "NAME...";
	}

	@Override
	public String help() {
		return """
				NAME is a plug-in's symbolic name, as 'socialmap plugins list' shows it, or the name of
				its file in the plug-in folder. Its jar is deleted from the folder and the next commands
				run without it.

				Exits with 0 when every NAME was removed, 2 when one is not installed.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().isEmpty()) {
			throw new UsageException("no plug-in name given");
		}
		PluginInstaller installer = new PluginInstaller(PluginFramework.forCommand());
		int exitCode = ExitCode.OK;
		for (String name : arguments.operands()) {
			try {
				context.out().println(TerminalText.safe(installer.remove(name)));
			} catch (PluginRefusal e) {
				context.err().println(Cli.PROGRAM + ": " + TerminalText.safe(e.getMessage()));
				exitCode = ExitCode.FAILURE;
			}
		}
		return exitCode;
	}
}
