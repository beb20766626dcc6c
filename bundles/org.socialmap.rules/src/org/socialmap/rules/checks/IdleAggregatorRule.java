package org.socialmap.rules.checks;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.catalog.CatalogLabels;
import org.socialmap.catalog.KindTrait;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Presence;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** A presence on an aggregator is there to pull the others together: one that aggregates nothing is flagged. */
public final class IdleAggregatorRule implements Rule {

	@Override
	public String id() {
		return "socialmap.idle-aggregator";
	}

	@Override
	public String title() {
		return "An aggregator presence aggregates something";
	}

	@Override
	public int code() {
		return 9;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : Curations.activePresences(client)) {
			boolean aggregator = context.catalogs().platform(presence.getPlatform())
					.map(platform -> context.catalogs().primaryKindHas(platform, KindTrait.AGGREGATOR)).orElse(false);
			boolean aggregates = client.getLinks().stream()
					.anyMatch(link -> link.getKind() == LinkKind.AGGREGATES && link.getSource() == presence);
			if (aggregator && !aggregates) {
				findings.accept(new Finding(id(), Severity.WARNING, "Presence " + CatalogLabels.presence(presence, context.catalogs())
						+ " is on an aggregator but aggregates nothing: add 'aggregates' links to the presences it pulls together.",
						List.of(presence)));
			}
		}
	}
}
