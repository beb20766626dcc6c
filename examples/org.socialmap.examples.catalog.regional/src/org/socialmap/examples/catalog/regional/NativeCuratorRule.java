package org.socialmap.examples.catalog.regional;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.model.AffinityStrength;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/**
 * Regional networks have their own language and customs: a presence on one needs a curator with a
 * strong affinity for that very network, an affinity with its kind is not enough.
 */
public final class NativeCuratorRule implements Rule {

	static final String CATALOG_ID = "org.socialmap.examples.catalog.regional";

	@Override
	public String id() {
		return CATALOG_ID + ".native-curator";
	}

	@Override
	public String title() {
		return "A presence on a regional network has a curator at home on it";
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : client.getPresences()) {
			if (presence.getStatus() == PresenceStatus.OBSOLETE) {
				continue;
			}
			context.catalogs().platform(presence.getPlatform()).filter(platform -> platform.catalogId().equals(CATALOG_ID))
					.filter(platform -> presence.getCurations().stream().map(Curation::getMember)
							.noneMatch(member -> atHomeOn(member, presence.getPlatform())))
					.ifPresent(platform -> findings.accept(new Finding(id(), Severity.WARNING, "Presence " + Labels.of(presence)
							+ " on " + platform.name() + " has no curator with a strong affinity for " + platform.name()
							+ " itself: regional networks have their own language and customs, so give it a curator who uses "
							+ platform.name() + " every day.", List.of(presence))));
		}
	}

	private static boolean atHomeOn(Member member, String platformId) {
		return member != null && member.getAffinities().stream()
				.anyMatch(a -> platformId.equals(a.getPlatform()) && a.getStrength() == AffinityStrength.STRONG);
	}
}
