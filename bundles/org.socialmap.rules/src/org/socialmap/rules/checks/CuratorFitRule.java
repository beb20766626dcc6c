package org.socialmap.rules.checks;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.catalog.CatalogLabels;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** People curate platforms they are at ease on: a curator with no affinity for the platform or its kind is flagged. */
public final class CuratorFitRule implements Rule {

	private static final int SUGGESTIONS = 3;

	@Override
	public String id() {
		return "socialmap.curator-without-affinity";
	}

	@Override
	public String title() {
		return "Curators have an affinity for their presence's platform or its kind";
	}

	@Override
	public int code() {
		return 7;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		List<Member> members = Curations.members(client);
		for (Presence presence : Curations.activePresences(client)) {
			for (Curation curation : presence.getCurations()) {
				Member curator = curation.getMember();
				if (curator == null || context.fit().of(curator, presence.getPlatform()) > 0) {
					continue;
				}
				List<Member> better = betterFitting(members, presence, context);
				String platform = CatalogLabels.platformName(presence.getPlatform(), context.catalogs());
				String advice = better.isEmpty()
						? "Nobody else in the team who could take the role has one: consider training or a new member who is at ease on "
								+ platform + "."
						: Labels.list(better) + (better.size() == 1 ? " fits" : " fit") + " better.";
				findings.accept(new Finding(id(), Severity.WARNING, Labels.of(curator) + " is " + curation.getRole().getLiteral()
						+ " of " + CatalogLabels.presence(presence, context.catalogs()) + " with no affinity for " + platform
						+ " or its kind. " + advice, List.<EObject>of(curation, presence, curator)));
			}
		}
	}

	/** Up to three members with an affinity for the platform and no role on the presence, the best first (fit computed once each). */
	private static List<Member> betterFitting(List<Member> members, Presence presence, RuleContext context) {
		record Candidate(Member member, int fit) {
		}
		// a member who already holds a role on the presence cannot take this one too
		return members.stream().filter(m -> presence.getCurations().stream().noneMatch(c -> c.getMember() == m))
				.map(m -> new Candidate(m, context.fit().of(m, presence.getPlatform())))
				.filter(candidate -> candidate.fit() > 0)
				.sorted(Comparator.comparingInt(Candidate::fit).reversed())
				.limit(SUGGESTIONS).map(Candidate::member).toList();
	}
}
