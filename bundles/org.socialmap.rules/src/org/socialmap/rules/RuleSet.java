package org.socialmap.rules;

import java.util.List;
import java.util.Optional;

/**
 * The rules to run, and what went wrong loading the contributed ones (a broken contribution is
 * skipped and reported; the other rules still run).
 */
public record RuleSet(List<Rule> rules, List<Finding> contributionProblems) {

	public RuleSet {
		rules = List.copyOf(rules);
		contributionProblems = List.copyOf(contributionProblems);
	}

	/** The rule with this id, if the set has it. */
	public Optional<Rule> rule(String ruleId) {
		return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
	}

	/** The diagnostic code of the rule with this id; {@link Rule#CONTRIBUTED} for one not in the set. */
	public int code(String ruleId) {
		return rule(ruleId).map(Rule::code).orElse(Rule.CONTRIBUTED);
	}
}
