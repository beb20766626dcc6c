package org.socialmap.rules.tests;

import java.util.function.Consumer;

import org.socialmap.model.ClientCompany;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;

/** A contributed rule with a bug, as a plug-in might ship one. */
public final class ThrowingRule implements Rule {

	@Override
	public String id() {
		return "tests.throwing";
	}

	@Override
	public String title() {
		return "Always fails";
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		throw new IllegalStateException("bug in a contributed rule");
	}
}
