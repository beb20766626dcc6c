package org.socialmap.cli.validate;

import java.io.PrintStream;

import org.socialmap.cli.output.JsonWriter;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.cli.output.TextTable;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleSet;

/** {@code validate --list-rules}: the installed rules with their diagnostic codes and what each asks for. */
final class RuleList {

	private RuleList() {
	}

	static void printText(RuleSet rules, PrintStream out) {
		TextTable table = new TextTable().row("CODE", "RULE", "ASKS FOR");
		for (Rule rule : rules.rules()) {
			table.row(String.valueOf(rule.code()), rule.id(), rule.title());
		}
		out.print(table.format(""));
		for (Finding problem : rules.contributionProblems()) {
			out.println("warning: " + TerminalText.safe(problem.message()));
		}
	}

	static String json(RuleSet rules) {
		JsonWriter json = new JsonWriter().beginObject().name("rules").beginArray();
		for (Rule rule : rules.rules()) {
			json.beginObject().name("id").value(rule.id()).name("code").value(rule.code()).name("title").value(rule.title())
					.endObject();
		}
		json.endArray().name("problems").beginArray();
		rules.contributionProblems().forEach(problem -> json.value(problem.message()));
		return json.endArray().endObject().toString();
	}
}
