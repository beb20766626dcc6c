package org.socialmap.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.socialmap.rules.checks.AffinityTargetRule;
import org.socialmap.rules.checks.BackupRule;
import org.socialmap.rules.checks.ClosedPlatformRule;
import org.socialmap.rules.checks.CrossFunctionalTeamRule;
import org.socialmap.rules.checks.CuratorFitRule;
import org.socialmap.rules.checks.GatewayRule;
import org.socialmap.rules.checks.IdleAggregatorRule;
import org.socialmap.rules.checks.OrganisationModelRule;
import org.socialmap.rules.checks.OwnerRule;
import org.socialmap.rules.checks.ShowcasePresenceRule;
import org.socialmap.rules.checks.SingleCuratorRule;
import org.socialmap.rules.checks.UnknownPlatformRule;
import org.socialmap.rules.checks.WorkloadRule;

/** The article's rules, and those plug-ins contribute to {@value #EXTENSION_POINT}. */
public final class Rules {

	public static final String EXTENSION_POINT = "org.socialmap.rules.rules";
	public static final String CONTRIBUTION_PROBLEM = "socialmap.rule-contribution";

	private Rules() {
	}

	/** The built-in rules, in the order their findings are listed. */
	public static List<Rule> builtin() {
		return List.of(new ShowcasePresenceRule(), new GatewayRule(), new SingleCuratorRule(), new OwnerRule(), new BackupRule(),
				new WorkloadRule(), new CuratorFitRule(), new CrossFunctionalTeamRule(), new IdleAggregatorRule(),
				new ClosedPlatformRule(), new OrganisationModelRule(), new UnknownPlatformRule(), new AffinityTargetRule());
	}

	/** The built-in rules and every rule contributed to the running Eclipse. */
	public static RuleSet installed() {
		IExtensionRegistry extensions = RegistryFactory.getRegistry();
		return extensions == null ? new RuleSet(builtin(), List.of()) : withContributions(extensions);
	}

	static RuleSet withContributions(IExtensionRegistry extensions) {
		List<Rule> rules = new ArrayList<>(builtin());
		List<Finding> problems = new ArrayList<>();
		for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			try {
				if (element.createExecutableExtension("class") instanceof Rule rule) {
					rules.add(rule);
				} else {
					problems.add(problem(contributor, "its class " + element.getAttribute("class") + " is not a Rule"));
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add(problem(contributor, "its rule " + element.getAttribute("class") + " cannot be created: " + e.getMessage()));
			}
		}
		return new RuleSet(rules, problems);
	}

	private static Finding problem(String contributor, String what) {
		return new Finding(CONTRIBUTION_PROBLEM, Severity.WARNING,
				"A rule contributed by plug-in " + contributor + " was skipped: " + what + ".", List.of());
	}
}
