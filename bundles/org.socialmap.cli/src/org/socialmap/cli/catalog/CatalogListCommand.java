package org.socialmap.cli.catalog;

import java.util.List;

import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;

/** {@code socialmap catalog list}: what the installed catalogs define, and what is wrong with them. */
public final class CatalogListCommand implements Command {

	private static final String FORMAT = "--format";

	private final Options options = new Options()
			.choice(FORMAT, List.of("text", "json"), "Output format (default: text). The JSON shape is in docs/cli.md.");

	@Override
	public String name() {
		return "catalog list";
	}

	@Override
	public String summary() {
		return "Lists the installed platform catalogs and the platforms, kinds and organisation models they define.";
	}

	@Override
	public String usage() {
		return "[--format text|json]";
	}

	@Override
	public String help() {
		return """
				Shows each installed catalog (its contributing plug-in, file, priority and what it brings),
				then the merged platforms, platform kinds and organisation models, then the problems found
				while merging: conflicts decided by priority (warnings) and broken contributions (errors).

				Exits with 1 when a catalog contribution is broken (an error), else 0.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		arguments.expectNoOperands();
		context.progress().step("reading the installed catalogs");
		CatalogRegistry registry = Catalogs.registry();
		String listing = arguments.value(FORMAT, "text").equals("json") ? CatalogListJson.of(registry)
				: CatalogListText.of(registry);
		context.out().print(listing);
		boolean broken = registry.problems().stream()
				.anyMatch(problem -> problem.severity() == CatalogProblem.Severity.ERROR);
		return broken ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
