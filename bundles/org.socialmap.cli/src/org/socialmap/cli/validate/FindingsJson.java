package org.socialmap.cli.validate;

import java.util.List;
import java.util.Locale;

import org.socialmap.catalog.ModelCatalogProblems.Touching;
import org.socialmap.cli.catalog.CatalogProblemJson;
import org.socialmap.cli.model.ElementJson;
import org.socialmap.cli.output.JsonWriter;
import org.socialmap.cli.validate.ValidateCommand.FileResult;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;
import org.socialmap.rules.Severity;

/** The JSON form of validate's output; its shape is documented in docs/cli.md. */
final class FindingsJson {

	private FindingsJson() {
	}

	static String of(List<FileResult> results, int exitCode) {
		JsonWriter json = new JsonWriter().beginObject().name("files").beginArray();
		for (FileResult result : results) {
			json.beginObject().name("file").value(result.file().toString()).name("readable").value(result.problem() == null);
			if (result.problem() != null) {
				json.name("problem").value(result.problem());
			} else {
				json.name("counts").beginObject();
				for (Severity severity : Severity.values()) {
					json.name(word(severity)).value(result.count(severity));
				}
				json.endObject().name("findings").beginArray();
				result.findings().forEach(finding -> finding(json, finding));
				json.endArray().name("catalogProblems").beginArray();
				for (Touching touching : result.catalogProblems()) {
					json.beginObject();
					CatalogProblemJson.members(json, touching.problem());
					json.name("reason").value(touching.reason()).endObject();
				}
				json.endArray();
			}
			json.endObject();
		}
		return json.endArray().name("exitCode").value(exitCode).endObject().toString();
	}

	private static void finding(JsonWriter json, Finding finding) {
		json.beginObject().name("rule").value(finding.ruleId()).name("severity").value(word(finding.severity()))
				.name("message").value(finding.message()).name("elements").beginArray();
		finding.elements().forEach(element -> ElementJson.write(json, element));
		json.endArray().name("fixes").values(finding.fixes().stream().map(QuickFix::label).toList()).endObject();
	}

	private static String word(Severity severity) {
		return severity.name().toLowerCase(Locale.ROOT);
	}
}
