package org.socialmap.cli.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.ModelCatalogProblems;
import org.socialmap.catalog.ModelCatalogProblems.Touching;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.model.Settings;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Severity;
import org.socialmap.rules.Validation;

/** {@code socialmap validate FILE...}: the rules' findings on each model. */
public final class ValidateCommand implements Command {

	private static final String FORMAT = "--format";
	private static final String LIST_RULES = "--list-rules";

	private final Options options = Settings.addTo(new Options()
			.choice(FORMAT, List.of("text", "json"), "Output format (default: text). The JSON shape is in docs/cli.md.")
			.flag(LIST_RULES, "List the installed rules (code, id, what each asks for) instead of validating."));

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "Checks models against the rules of the article and prints the findings.";
	}

	@Override
	public String usage() {
		return "[--format text|json] [--settings FILE] FILE... | --list-rules [--format text|json]";
	}

	@Override
	public String help() {
		return """
				Validates each .socialmap FILE with every installed rule (docs/rules.md) and EMF's own
				constraints, and prints the findings: severity, rule id, a message naming the elements
				involved, and the quick fixes where one is clear. Then the problems of the installed
				catalogs that touch the model (docs/catalogs.md): a conflict over a platform, kind or
				organisation model it uses, saying which catalog's definition is used and which is
				ignored, and the problems of the catalogs that define what it uses. Files are only read.

				Exits with 0 when no file has a finding of error severity, 1 when one has, and 2 when
				a file cannot be read (the others are still validated); catalog problems do not change it.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		boolean json = arguments.value(FORMAT, "text").equals("json");
		if (arguments.has(LIST_RULES)) {
			if (!arguments.operands().isEmpty()) {
				throw new UsageException(LIST_RULES + " takes no model file");
			}
			RuleSet rules = Rules.installed();
			if (json) {
				context.out().print(RuleList.json(rules));
			} else {
				RuleList.printText(rules, context.out());
			}
			return ExitCode.OK;
		}
		if (arguments.operands().isEmpty()) {
			throw new UsageException("no model file given");
		}
		RuleSettings settings = Settings.from(arguments);
		CatalogRegistry catalogs = Catalogs.registry();
		RuleSet rules = Rules.installed();
		List<FileResult> results = new ArrayList<>();
		for (String operand : arguments.operands()) {
			Path file = Path.of(operand);
			context.progress().step("validating " + file);
			try {
				Agency agency = SocialmapFiles.load(file);
				results.add(FileResult.checked(file, Validation.validate(agency, catalogs, settings, rules),
						ModelCatalogProblems.of(agency, catalogs)));
			} catch (SocialmapFileException e) {
				results.add(FileResult.unreadable(file, e.getMessage()));
			}
		}
		int exitCode = exitCode(results);
		if (json) {
			context.out().print(FindingsJson.of(results, exitCode));
		} else {
			FindingsText.print(results, context.out(), context.err());
		}
		return exitCode;
	}

	private static int exitCode(List<FileResult> results) {
		if (results.stream().anyMatch(result -> result.problem() != null)) {
			return ExitCode.FAILURE;
		}
		boolean errors = results.stream().flatMap(result -> result.findings().stream())
				.anyMatch(finding -> finding.severity() == Severity.ERROR);
		return errors ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/**
	 * One file's findings and the problems of the installed catalogs that touch it, or why it could
	 * not be read.
	 */
	record FileResult(Path file, List<Finding> findings, List<Touching> catalogProblems, String problem) {

		static FileResult checked(Path file, List<Finding> findings, List<Touching> catalogProblems) {
			return new FileResult(file, findings, catalogProblems, null);
		}

		static FileResult unreadable(Path file, String problem) {
			return new FileResult(file, List.of(), List.of(), problem);
		}

		long count(Severity severity) {
			return findings.stream().filter(finding -> finding.severity() == severity).count();
		}
	}
}
