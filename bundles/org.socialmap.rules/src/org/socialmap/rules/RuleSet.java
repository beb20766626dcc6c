package org.socialmap.rules;

import java.util.List;

/**
 * The rules to run, and what went wrong loading the contributed ones (a broken contribution is
 * skipped and reported; the other rules still run).
 */
public record RuleSet(List<Rule> rules, List<Finding> contributionProblems) {

	public RuleSet {
		rules = List.copyOf(rules);
		contributionProblems = List.copyOf(contributionProblems);
	}
}
