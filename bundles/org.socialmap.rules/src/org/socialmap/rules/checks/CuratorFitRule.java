package org.socialmap.rules.checks;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Labels;
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
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		List<Member> members = Curations.members(client);
		for (Presence presence : Curations.activePresences(client)) {
			for (Curation curation : presence.getCurations()) {
				Member curator = curation.getMember();
				if (curator == null || context.fit().of(curator, presence.getPlatform()) > 0) {
					continue;
				}
				List<Member> better = betterFitting(members, curator, presence, context);
				String platform = Labels.platformName(presence.getPlatform(), context.catalogs());
				String advice = better.isEmpty()
						? "Nobody in the team has one: consider training or a new member who is at ease on " + platform + "."
						: Text.list(better) + (better.size() == 1 ? " fits" : " fit") + " better.";
				findings.accept(new Finding(id(), Severity.WARNING, Labels.of(curator) + " is " + curation.getRole().getLiteral()
						+ " of " + Labels.of(presence, context.catalogs()) + " with no affinity for " + platform
						+ " or its kind. " + advice, List.<EObject>of(curation, presence, curator)));
			}
		}
	}

	/** Up to three other members with an affinity for the platform, the best first (fit is computed once each). */
	private static List<Member> betterFitting(List<Member> members, Member curator, Presence presence, RuleContext context) {
		record Candidate(Member member, int fit) {
		}
		return members.stream().filter(m -> m != curator)
				.map(m -> new Candidate(m, context.fit().of(m, presence.getPlatform())))
				.filter(candidate -> candidate.fit() > 0)
				.sorted(Comparator.comparingInt(Candidate::fit).reversed())
				.limit(SUGGESTIONS).map(Candidate::member).toList();
	}
}
