package org.socialmap.cli;

import java.util.List;

import org.socialmap.cli.assign.AssignCommand;
import org.socialmap.cli.catalog.CatalogCheckCommand;
import org.socialmap.cli.catalog.CatalogListCommand;
import org.socialmap.cli.compare.DiffCommand;
import org.socialmap.cli.compare.GitSetupCommand;
import org.socialmap.cli.compare.MergeCommand;
import org.socialmap.cli.plugins.PluginsAddCommand;
import org.socialmap.cli.plugins.PluginsListCommand;
import org.socialmap.cli.plugins.PluginsRemoveCommand;
import org.socialmap.cli.render.RenderCommand;
import org.socialmap.cli.report.ReportCommand;
import org.socialmap.cli.sdk.NewCatalogCommand;
import org.socialmap.cli.serve.ServeCommand;
import org.socialmap.cli.validate.ValidateCommand;

/** Every command of the CLI, in the order --help lists them. A new command is one more line here. */
public final class Commands {

	private Commands() {
	}

	public static List<Command> all() {
		return List.of(
				new ValidateCommand(),
				new AssignCommand(),
				new ReportCommand(),
				new ServeCommand(),
				new RenderCommand(),
				new DiffCommand(),
				new MergeCommand(),
				new GitSetupCommand(),
				new CatalogListCommand(),
				new CatalogCheckCommand(),
				new PluginsAddCommand(),
				new PluginsListCommand(),
				new PluginsRemoveCommand(),
				new NewCatalogCommand());
	}
}
