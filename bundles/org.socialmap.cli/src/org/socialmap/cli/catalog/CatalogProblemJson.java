package org.socialmap.cli.catalog;

import java.util.Locale;

import org.socialmap.catalog.CatalogProblem;
import org.socialmap.cli.output.JsonWriter;

/** One catalog problem as JSON, the same in {@code catalog list} and {@code validate} (docs/cli.md). */
public final class CatalogProblemJson {

	private CatalogProblemJson() {
	}

	/** The problem's members, inside an object the caller begins and ends. */
	public static void members(JsonWriter json, CatalogProblem problem) {
		json.name("severity").value(problem.severity().name().toLowerCase(Locale.ROOT))
				.name("contributor").value(problem.contributor())
				.name("file").value(problem.file())
				.name("line").lineNumber(problem.line())
				.name("message").value(problem.message());
	}
}
