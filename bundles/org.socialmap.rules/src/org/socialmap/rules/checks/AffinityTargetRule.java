package org.socialmap.rules.checks;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.model.Affinity;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** An affinity is with one platform or with one kind of platform: never both, never neither. */
public final class AffinityTargetRule implements Rule {

	@Override
	public String id() {
		return "socialmap.affinity-target";
	}

	@Override
	public String title() {
		return "Each affinity names exactly one platform or platform kind";
	}

	@Override
	public int code() {
		return 13;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Member member : Curations.members(client)) {
			for (Affinity affinity : member.getAffinities()) {
				boolean platform = !Text.blank(affinity.getPlatform());
				boolean kind = !Text.blank(affinity.getPlatformKind());
				if (platform == kind) {
					findings.accept(new Finding(id(), Severity.ERROR, "An affinity of " + Labels.of(member) + " names "
							+ (platform ? "both a platform and a kind" : "neither a platform nor a kind")
							+ ": it must name exactly one.", List.of(affinity, member)));
				}
			}
		}
	}
}
