package org.socialmap.cli.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.output.TextTable;

/** {@code socialmap plugins list}: the jars of the plug-in folder and whether each resolved. */
public final class PluginsListCommand implements Command {

	private final Options options = new Options();

	@Override
	public String name() {
		return "plugins list";
	}

	@Override
	public String summary() {
		return "Lists the plug-ins added with 'plugins add' and whether each resolved.";
	}

	@Override
	public String usage() {
		return "";
	}

	@Override
	public String help() {
		return """
				Shows the plug-in folder, then for each jar in it the plug-in's name, version, file and
				status: resolved, or why it did not resolve (then its catalogs and rules are not used).

				Exits with 1 when a jar in the folder did not resolve or is no plug-in, else 0.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		arguments.expectNoOperands();
		PluginFramework framework = PluginFramework.forCommand();
		PluginFolder folder = framework.folder();
		List<Path> jars = folder.jars();
		TextTable table = new TextTable().row("NAME", "VERSION", "FILE", "STATUS");
		boolean broken = false;
		for (Path jar : jars) {
			Optional<Bundle> bundle = framework.at(PluginFolder.location(jar));
			if (bundle.isEmpty()) {
				table.row("-", "-", jar.toString(), "not loaded: " + notLoaded(jar));
				broken = true;
			} else if (PluginFramework.isResolved(bundle.get())) {
				table.row(bundle.get().getSymbolicName(), bundle.get().getVersion().toString(), jar.toString(), "resolved");
			} else {
				table.row(bundle.get().getSymbolicName(), bundle.get().getVersion().toString(), jar.toString(),
						"not resolved: " + framework.whyUnresolved(bundle.get()));
				broken = true;
			}
		}
		context.out().println("Plug-ins in " + folder.path() + " (" + jars.size() + ")");
		if (!jars.isEmpty()) {
			context.out().print(table.format("  "));
		}
		return broken ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/** Why the start did not install a jar of the folder. */
	private static String notLoaded(Path jar) {
		try {
			PluginJar.read(jar);
			return "it could not be installed";
		} catch (PluginRefusal e) {
			return e.getMessage();
		} catch (java.io.IOException e) {
			return "it cannot be read";
		}
	}
}
