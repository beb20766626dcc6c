package org.socialmap.cli.catalog;

import static org.socialmap.cli.output.TerminalText.safe;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.cli.Cli;
import org.socialmap.cli.catalog.CatalogCheck.Message;
import org.socialmap.cli.output.JsonWriter;

/**
 * What {@code catalog check} prints: per input a summary line, then one line per problem as
 * {@code FILE:LINE: severity: message}, the form editors and CI logs link to the line. The JSON shape
 * is in docs/cli.md and versioned by {@value #FORMAT_VERSION}.
 */
final class CatalogCheckOutput {

	static final int FORMAT_VERSION = 1;

	private CatalogCheckOutput() {
	}

	static void text(List<CatalogCheck> checks, PrintStream out, PrintStream err) {
		for (CatalogCheck check : checks) {
			if (check.unreadable() != null) {
				err.println(Cli.PROGRAM + ": " + safe(check.unreadable()));
				continue;
			}
			String what = check.plugin() == null ? "" : " (plug-in " + safe(check.plugin()) + ")";
			String counts = check.problems().isEmpty() ? "no problems"
					: plural(check.count(Severity.ERROR), "error") + ", " + plural(check.count(Severity.WARNING), "warning");
			out.println(safe(check.input()) + what + ": " + plural(check.catalogs().size(), "catalog") + " checked, " + counts);
			for (Message problem : check.problems()) {
				out.println("  " + safe(problem.where()) + ": " + word(problem.severity()) + ": " + safe(problem.message()));
			}
		}
	}

	static String json(List<CatalogCheck> checks, int exitCode) {
		JsonWriter json = new JsonWriter().beginObject().name("formatVersion").value(FORMAT_VERSION).name("inputs")
				.beginArray();
		for (CatalogCheck check : checks) {
			json.beginObject().name("input").value(check.input()).name("readable").value(check.unreadable() == null);
			if (check.unreadable() != null) {
				json.name("problem").value(check.unreadable()).endObject();
				continue;
			}
			json.name("plugin").value(check.plugin()).name("catalogs").values(check.catalogs()).name("problems").beginArray();
			for (Message problem : check.problems()) {
				json.beginObject().name("severity").value(word(problem.severity())).name("file").value(problem.file())
						.name("line").lineNumber(problem.line()).name("message").value(problem.message()).endObject();
			}
			json.endArray().endObject();
		}
		return json.endArray().name("exitCode").value(exitCode).endObject().toString();
	}

	private static String word(Severity severity) {
		return severity.name().toLowerCase(Locale.ROOT);
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
