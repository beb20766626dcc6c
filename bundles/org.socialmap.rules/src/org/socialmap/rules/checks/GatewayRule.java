package org.socialmap.rules.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.catalog.Capability;
import org.socialmap.catalog.CatalogLabels;
import org.socialmap.catalog.KindTrait;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Website;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** The website needs a way in to the social platforms: a gateway link to at least one presence. */
public final class GatewayRule implements Rule {

	@Override
	public String id() {
		return "socialmap.no-gateway";
	}

	@Override
	public String title() {
		return "The website links into at least one presence (a gateway)";
	}

	@Override
	public int code() {
		return 2;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		if (client.getPresences().isEmpty()) {
			return;
		}
		boolean hasGateway = client.getLinks().stream().anyMatch(link -> link.getKind() == LinkKind.GATEWAY
				&& link.getSource() instanceof Website && link.getTarget() instanceof Presence);
		if (hasGateway) {
			return;
		}
		if (client.getWebsites().isEmpty()) {
			findings.accept(new Finding(id(), Severity.WARNING, "Client " + Labels.of(client)
					+ " has presences but no website: add the website and a gateway link from it into the presence that welcomes visitors.",
					List.of(client)));
			return;
		}
		Website website = client.getWebsites().get(0);
		List<QuickFix> fixes = client.getWebsites().size() == 1
				? bestEntrance(client, context).map(presence -> addGateway(client, website, presence, context)).stream().toList()
				: List.of();
		findings.accept(new Finding(id(), Severity.WARNING, "The map of " + Labels.of(client)
				+ " has no gateway: no website links into a presence. Add a gateway link from "
				+ Labels.of(website) + " to the presence that should welcome its visitors (the article's map uses Facebook).",
				List.<EObject>of(client, website), fixes));
	}

	/** The active presence that aggregates, else the first active one on a social network. */
	private static Optional<Presence> bestEntrance(ClientCompany client, RuleContext context) {
		List<Presence> active = client.getPresences().stream().filter(p -> p.getStatus() == PresenceStatus.ACTIVE).toList();
		return active.stream()
				.filter(p -> context.catalogs().platform(p.getPlatform()).map(pl -> pl.capabilities().contains(Capability.AGGREGATION)).orElse(false))
				.findFirst()
				.or(() -> active.stream().filter(p -> context.catalogs().platform(p.getPlatform())
						.map(pl -> context.catalogs().anyKindHas(pl, KindTrait.GENERAL_NETWORK)).orElse(false)).findFirst());
	}

	private static QuickFix addGateway(ClientCompany client, Website website, Presence presence, RuleContext context) {
		return QuickFix.of("Add a gateway link from " + Labels.of(website) + " to " + CatalogLabels.presence(presence, context.catalogs()),
				domain -> SocialmapCommands.addLink(domain, client, LinkKind.GATEWAY, website, presence));
	}
}
