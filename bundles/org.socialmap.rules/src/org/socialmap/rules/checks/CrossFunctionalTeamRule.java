package org.socialmap.rules.checks;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.OrganisationStructure;
import org.socialmap.model.Team;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** Under a cross-functional organisation model, each team that has members spans at least two business functions. */
public final class CrossFunctionalTeamRule implements Rule {

	@Override
	public String id() {
		return "socialmap.team-not-cross-functional";
	}

	@Override
	public String title() {
		return "A cross-functional team spans at least two business functions";
	}

	@Override
	public int code() {
		return 8;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		boolean crossFunctional = context.catalogs().organisationModel(client.getOrganisationModel())
				.map(model -> model.structure() == OrganisationStructure.CROSS_FUNCTIONAL).orElse(false);
		if (!crossFunctional) {
			return;
		}
		for (Team team : client.getTeams()) {
			List<String> functions = team.getMembers().stream().map(Member::getBusinessFunction).filter(Objects::nonNull)
					.map(function -> function.getLiteral()).distinct().toList();
			if (!team.getMembers().isEmpty() && functions.size() < 2) {
				findings.accept(new Finding(id(), Severity.WARNING, "Team " + Labels.of(team)
						+ " should be cross-functional, as " + Labels.of(client) + "'s organisation model says, but all its members work in "
						+ functions.get(0).replace('-', ' ') + ": bring in people from other business functions.",
						List.<EObject>of(team)));
			}
		}
	}
}
