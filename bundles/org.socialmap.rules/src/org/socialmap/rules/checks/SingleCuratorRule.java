package org.socialmap.rules.checks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** The map may be drawn by one person, but its management must not rest on a single person. */
public final class SingleCuratorRule implements Rule {

	@Override
	public String id() {
		return "socialmap.single-curator";
	}

	@Override
	public String title() {
		return "No single member curates every presence";
	}

	@Override
	public int code() {
		return 3;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		List<Presence> presences = Curations.activePresences(client);
		if (presences.size() < 2) {
			return;
		}
		Set<Member> everywhere = null;
		for (Presence presence : presences) {
			Set<Member> curators = new LinkedHashSet<>();
			for (Curation curation : presence.getCurations()) {
				if (curation.getMember() != null) {
					curators.add(curation.getMember());
				}
			}
			if (everywhere == null) {
				everywhere = curators;
			} else {
				everywhere.retainAll(curators);
			}
		}
		for (Member member : everywhere) {
			boolean alone = presences.stream().allMatch(p -> p.getCurations().stream().allMatch(c -> c.getMember() == member));
			findings.accept(new Finding(id(), Severity.ERROR, "Member " + Labels.of(member) + " curates all "
					+ presences.size() + " presences of " + Labels.of(client) + (alone ? ", alone" : "")
					+ ": management rests on a single person. Give the presences owners or backups among the other members.",
					List.<EObject>of(member, client)));
		}
	}
}
