package org.socialmap.rules.checks;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.catalog.CatalogLabels;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Presence;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** Every presence in use has an owner: the member who answers for it. */
public final class OwnerRule implements Rule {

	@Override
	public String id() {
		return "socialmap.no-owner";
	}

	@Override
	public String title() {
		return "Every presence has an owner";
	}

	@Override
	public int code() {
		return 4;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : Curations.activePresences(client)) {
			if (Curations.withRole(presence, CurationRole.OWNER).isEmpty()) {
				findings.accept(new Finding(id(), Severity.WARNING, "Presence " + CatalogLabels.presence(presence, context.catalogs())
						+ " has no owner: name the member who answers for it.", List.of(presence)));
			}
		}
	}
}
