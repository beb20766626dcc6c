package org.socialmap.ui.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.assignment.Proposal;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.rules.RuleSettings;

/**
 * The assignment assistant's proposals for every client of a model, and the ones the modeller keeps
 * as one command. Existing owners and backups stay: the assistant only fills open roles, so a
 * proposal left out removes nothing.
 */
public final class CuratorSuggestions {

	private final List<AssignmentResult> results;
	private final double hoursPerRole;

	private CuratorSuggestions(List<AssignmentResult> results, double hoursPerRole) {
		this.results = List.copyOf(results);
		this.hoursPerRole = hoursPerRole;
	}

	public static CuratorSuggestions propose(Agency agency) {
		RuleSettings settings = RuleSettings.defaults();
		CuratorAssistant assistant = new CuratorAssistant(Catalogs.registry(), settings);
		List<AssignmentResult> results = new ArrayList<>();
		for (ClientCompany client : agency.getClients()) {
			results.add(assistant.propose(client, true));
		}
		return new CuratorSuggestions(results, settings.hoursPerRole());
	}

	public List<Proposal> proposals() {
		return results.stream().flatMap(result -> result.proposals().stream()).toList();
	}

	/** Why some roles stay open, one sentence per client the limits leave short. */
	public List<String> infeasibilities() {
		return results.stream().map(AssignmentResult::infeasibility).flatMap(Optional::stream).toList();
	}

	/** The kept proposals as one command: a single undo takes them all back. */
	public Command command(EditingDomain domain, List<Proposal> kept) {
		int fit = kept.stream().mapToInt(Proposal::fit).sum();
		return new AssignmentResult(kept, fit, Optional.empty(), List.of(), hoursPerRole).command(domain);
	}
}
