package org.socialmap.rules.checks;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.model.Affinity;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/**
 * Platforms and kinds are named by id: one that no installed catalog knows is reported, and the
 * model keeps it as it is (it still opens and saves).
 */
public final class UnknownPlatformRule implements Rule {

	@Override
	public String id() {
		return "socialmap.unknown-platform";
	}

	@Override
	public String title() {
		return "Presences and affinities name platforms and kinds the catalogs know";
	}

	@Override
	public int code() {
		return 12;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : client.getPresences()) {
			if (context.catalogs().platform(presence.getPlatform()).isEmpty()) {
				findings.accept(new Finding(id(), Severity.WARNING, "Presence " + Labels.of(presence) + " is on platform '"
						+ presence.getPlatform() + "', which no installed catalog knows: install the catalog that defines it, "
						+ "or correct the id. The model keeps the id as it is.", List.of(presence)));
			}
		}
		for (Member member : Curations.members(client)) {
			for (Affinity affinity : member.getAffinities()) {
				checkAffinity(member, affinity, context, findings);
			}
		}
	}

	private void checkAffinity(Member member, Affinity affinity, RuleContext context, Consumer<Finding> findings) {
		if (!Text.blank(affinity.getPlatform()) && context.catalogs().platform(affinity.getPlatform()).isEmpty()) {
			findings.accept(new Finding(id(), Severity.WARNING, Labels.of(member) + " has an affinity with platform '"
					+ affinity.getPlatform() + "', which no installed catalog knows.", List.of(affinity, member)));
		} else if (!Text.blank(affinity.getPlatformKind()) && context.catalogs().kind(affinity.getPlatformKind()).isEmpty()) {
			findings.accept(new Finding(id(), Severity.WARNING, Labels.of(member) + " has an affinity with platform kind '"
					+ affinity.getPlatformKind() + "', which no installed catalog defines.", List.of(affinity, member)));
		}
	}
}
