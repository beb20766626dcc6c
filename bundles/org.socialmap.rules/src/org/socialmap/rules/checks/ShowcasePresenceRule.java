package org.socialmap.rules.checks;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.catalog.CatalogLabels;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** A presence with no purpose tied to the core business is a mere showcase, which the article calls nearly useless. */
public final class ShowcasePresenceRule implements Rule {

	@Override
	public String id() {
		return "socialmap.showcase-presence";
	}

	@Override
	public String title() {
		return "Every presence has a purpose tied to the core business";
	}

	@Override
	public int code() {
		return 1;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : client.getPresences()) {
			if (presence.getStatus() == PresenceStatus.OBSOLETE) {
				continue;
			}
			boolean noPurpose = Text.blank(presence.getPurpose());
			boolean notTied = Text.blank(presence.getCoreBusinessContribution());
			if (noPurpose || notTied) {
				String missing = noPurpose && notTied ? "neither a purpose nor a tie to the core business"
						: noPurpose ? "no purpose" : "no tie to the core business";
				findings.accept(new Finding(id(), Severity.WARNING, "Presence " + CatalogLabels.presence(presence, context.catalogs())
						+ " has " + missing + ": it is a showcase presence. Say why it exists and how it serves "
						+ coreBusiness(client) + ", or retire it.", List.of(presence)));
			}
		}
	}

	private static String coreBusiness(ClientCompany client) {
		return Text.blank(client.getCoreBusiness()) ? "the core business" : "the core business (" + client.getCoreBusiness() + ")";
	}
}
