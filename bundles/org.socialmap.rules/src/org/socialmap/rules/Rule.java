package org.socialmap.rules;

import java.util.function.Consumer;

import org.socialmap.model.ClientCompany;

/**
 * One check of a client's social media map and team. Built-in rules live in
 * {@code org.socialmap.rules.checks}; plug-ins add theirs through the {@code org.socialmap.rules.rules}
 * extension point.
 */
public interface Rule {

	/** The diagnostic code of the findings of a rule that declares none, as contributed rules may. */
	int CONTRIBUTED = 1000;

	/** Stable id, e.g. {@code socialmap.showcase-presence}; plug-ins prefix theirs with their own name. */
	String id();

	/** One line for lists and reports: what the rule asks for. */
	String title();

	/**
	 * The code of this rule's findings as EMF diagnostics ({@code Diagnostic.getCode()}), stable across
	 * releases: 1 to 99 for the built-in rules (listed in docs/rules.md), {@link #CONTRIBUTED} by default.
	 */
	default int code() {
		return CONTRIBUTED;
	}

	/** Reports every finding about {@code client}; never throws for a model that loaded. */
	void check(ClientCompany client, RuleContext context, Consumer<Finding> findings);
}
