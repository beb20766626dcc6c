package org.socialmap.cli.validate;

import static org.socialmap.cli.output.TerminalText.safe;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.ModelCatalogProblems.Touching;
import org.socialmap.cli.Cli;
import org.socialmap.cli.validate.ValidateCommand.FileResult;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;
import org.socialmap.rules.Severity;

/**
 * The text form of validate's output: per file a summary line, then its findings, errors first,
 * then the catalog problems that touch it.
 */
final class FindingsText {

	private FindingsText() {
	}

	static void print(List<FileResult> results, PrintStream out, PrintStream err) {
		for (FileResult result : results) {
			if (result.problem() != null) {
				err.println(Cli.PROGRAM + ": " + safe(result.problem()));
				continue;
			}
			String catalogs = result.catalogProblems().isEmpty() ? ""
					: ", " + plural(result.catalogProblems().size(), "catalog problem");
			out.println(safe(result.file().toString()) + ": " + plural(result.count(Severity.ERROR), "error") + ", "
					+ plural(result.count(Severity.WARNING), "warning") + ", " + plural(result.count(Severity.INFO), "info")
					+ catalogs);
			for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
				for (Finding finding : result.findings()) {
					if (finding.severity() == severity) {
						out.printf(Locale.ROOT, "  %-7s %s: %s%n", severity.name().toLowerCase(Locale.ROOT), safe(finding.ruleId()),
								safe(finding.message()));
						for (QuickFix fix : finding.fixes()) {
							out.println("          quick fix: " + safe(fix.label()));
						}
					}
				}
			}
			for (Touching touching : result.catalogProblems()) {
				CatalogProblem problem = touching.problem();
				out.printf(Locale.ROOT, "  %-7s catalog %s: %s (%s)%n", problem.severity().name().toLowerCase(Locale.ROOT),
						safe(problem.where()), safe(problem.message()), safe(touching.reason()));
			}
		}
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
	}
}
