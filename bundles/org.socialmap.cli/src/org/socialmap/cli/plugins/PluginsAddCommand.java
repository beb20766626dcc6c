package org.socialmap.cli.plugins;

import java.nio.file.Path;
import java.util.List;

import org.socialmap.cli.Arguments;
import org.socialmap.cli.Cli;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.output.TerminalText;

/** {@code socialmap plugins add JAR...}: copies plug-ins into the plug-in folder once they resolve here. */
public final class PluginsAddCommand implements Command {

	private final Options options = new Options();

	@Override
	public String name() {
		return "plugins add";
	}

	@Override
	public String summary() {
		return "Installs catalog or rule plug-ins (jars) into this command line, without rebuilding it.";
	}

	@Override
	public String usage() {
		return "JAR...";
	}

	@Override
	public String help() {
		return """
				Checks each JAR and copies it into the plug-in folder, which every start of socialmap
				reads: $SOCIALMAP_PLUGINS, else $XDG_DATA_HOME/socialmap/plugins, else
				~/.local/share/socialmap/plugins. The folder is outside the installation, so the
				plug-ins survive its updates.

				A JAR is refused, with the reason, when it is not an OSGi bundle, adds no catalogs
				or rules to Socialmap, does not resolve here (a bundle or package it needs is missing
				or at another version, or it needs a newer Java), is part of the installation itself,
				or is older than the version of it already installed. A newer version replaces the
				installed one.

				Exits with 0 when every JAR was installed, 2 when one was refused (the others are
				still installed).

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().isEmpty()) {
			throw new UsageException("no plug-in jar given");
		}
		PluginInstaller installer = new PluginInstaller(PluginFramework.forCommand());
		int exitCode = ExitCode.OK;
		for (String operand : arguments.operands()) {
			context.progress().step("adding " + operand);
			try {
				context.out().println(TerminalText.safe(installer.add(Path.of(operand))));
			} catch (PluginRefusal e) {
				context.err().println(Cli.PROGRAM + ": " + TerminalText.safe(operand + ": not installed: " + e.getMessage()));
				exitCode = ExitCode.FAILURE;
			}
		}
		return exitCode;
	}
}
