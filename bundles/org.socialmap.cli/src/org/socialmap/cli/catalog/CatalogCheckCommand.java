package org.socialmap.cli.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.socialmap.catalog.CatalogSource;
import org.socialmap.catalog.Catalogs;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;

/** {@code socialmap catalog check FILE|JAR...}: a catalog, or a catalog plug-in, checked before it ships. */
public final class CatalogCheckCommand implements Command {

	private static final String FORMAT = "--format";

	private final Options options = new Options()
			.choice(FORMAT, List.of("text", "json"), "Output format (default: text). The JSON shape is in docs/cli.md.");

	@Override
	public String name() {
		return "catalog check";
	}

	@Override
	public String summary() {
		return "Checks a catalog file or a catalog plug-in jar before it ships.";
	}

	@Override
	public String usage() {
		return "[--format text|json] FILE|JAR...";
	}

	@Override
	public String help() {
		return """
				Reads each catalog FILE, or every catalog a plug-in JAR contributes, as an installation
				would, merged with the built-in catalog, and prints every problem with its file and line:
				unknown elements and attributes, missing or invalid values, ids defined twice, icons that
				are missing or not images, kinds no catalog defines, ids the built-in catalog defines too,
				and, in a jar, a missing manifest or plugin.xml or a misspelt extension point. A FILE
				inside a plug-in folder is read with that plug-in's name, priority and icons.

				Exits with 0 when nothing is found, 1 when a problem is (a warning too), and 2 when an
				input cannot be read (the others are still checked).

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().isEmpty()) {
			throw new UsageException("no catalog file or plug-in jar given");
		}
		List<CatalogSource> builtin = Catalogs.builtinSources();
		List<CatalogCheck> checks = new ArrayList<>();
		for (String operand : arguments.operands()) {
			context.progress().step("checking " + operand);
			try (CheckedInput input = CheckedInput.open(operand)) {
				checks.add(CatalogCheck.of(input, builtin));
			} catch (IOException e) {
				checks.add(CatalogCheck.unreadable(operand, e.getMessage()));
			}
		}
		int exitCode = exitCode(checks);
		if (arguments.value(FORMAT, "text").equals("json")) {
			context.out().print(CatalogCheckOutput.json(checks, exitCode));
		} else {
			CatalogCheckOutput.text(checks, context.out(), context.err());
		}
		return exitCode;
	}

	private static int exitCode(List<CatalogCheck> checks) {
		if (checks.stream().anyMatch(check -> check.unreadable() != null)) {
			return ExitCode.FAILURE;
		}
		return checks.stream().anyMatch(check -> !check.problems().isEmpty()) ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
