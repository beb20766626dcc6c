package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socialmap.rules.Rule;
import org.socialmap.rules.Rules;

/** {@code validate --list-rules}: every installed rule with its diagnostic code and what it asks for. */
class ListRulesTest {

	@Test
	void theTextListsEachRuleWithItsCodeAndTitle() {
		CliRun run = CliRun.of("validate", "--list-rules");

		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).matches("CODE +RULE +ASKS FOR"), run::toString);
		List<Rule> builtin = Rules.builtin();
		for (int i = 0; i < builtin.size(); i++) {
			Rule rule = builtin.get(i);
			assertTrue(lines.get(i + 1).matches(rule.code() + " +" + Pattern.quote(rule.id()) + " +" + Pattern.quote(rule.title())),
					lines.get(i + 1));
		}
	}

	@Test
	void theJsonGivesIdCodeAndTitle() {
		CliRun run = CliRun.of("validate", "--list-rules", "--format", "json");

		assertEquals(0, run.exitCode(), run::toString);
		String compact = run.out().replaceAll("\\s+", "");
		assertTrue(compact.contains("{\"id\":\"socialmap.no-backup\",\"code\":5,\"title\":\"Everypresencehasabackupcurator\"}"),
				run::toString);
	}

	@Test
	void listingTheRulesTakesNoModelFile() {
		CliRun run = CliRun.of("validate", "--list-rules", "model.socialmap");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("--list-rules takes no model file"), run::toString);
	}
}
