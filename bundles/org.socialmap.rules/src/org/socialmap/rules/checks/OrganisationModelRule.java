package org.socialmap.rules.checks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Team;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/**
 * The organisation model fits the team: a centralized model has one owning group; a distributed one
 * has owners in several business functions. A model id that no catalog knows is reported too.
 */
public final class OrganisationModelRule implements Rule {

	@Override
	public String id() {
		return "socialmap.organisation-model-mismatch";
	}

	@Override
	public String title() {
		return "The organisation model is consistent with the team";
	}

	@Override
	public int code() {
		return 11;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		String id = client.getOrganisationModel();
		if (Text.blank(id)) {
			return;
		}
		Optional<OrganisationModel> model = context.catalogs().organisationModel(id);
		if (model.isEmpty()) {
			findings.accept(new Finding(id(), Severity.WARNING, "Client " + Labels.of(client) + " names organisation model '"
					+ id + "', which no installed catalog defines: install its catalog or choose a known model.", List.of(client)));
			return;
		}
		List<Member> owners = Curations.activePresences(client).stream()
				.map(presence -> Curations.withRole(presence, CurationRole.OWNER).map(Curation::getMember).orElse(null))
				.filter(Objects::nonNull).distinct().toList();
		switch (model.get().structure()) {
			case CENTRALIZED -> {
				List<Team> owningTeams = owners.stream().map(owner -> (Team) owner.eContainer()).distinct().toList();
				if (owningTeams.size() > 1) {
					findings.accept(new Finding(id(), Severity.WARNING, "Client " + Labels.of(client) + " follows "
							+ model.get().name() + ", but presences are owned by " + owningTeams.size() + " teams ("
							+ Labels.list(owningTeams) + "): give one group ownership, or choose a distributed or hub-and-spoke model.",
							List.<EObject>of(client)));
				}
			}
			case DISTRIBUTED -> {
				long functions = owners.stream().map(Member::getBusinessFunction).distinct().count();
				if (owners.size() > 1 && functions < 2) {
					findings.accept(new Finding(id(), Severity.WARNING, "Client " + Labels.of(client) + " follows "
							+ model.get().name() + ", but every owner works in the same business function: "
							+ "spread ownership across functions, or choose a centralized model.", List.<EObject>of(client)));
				}
			}
			default -> {
				// cross-functional teams have a rule of their own; the Altimeter hub models set no team constraint here
			}
		}
	}
}
