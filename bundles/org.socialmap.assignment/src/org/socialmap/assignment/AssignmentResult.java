package org.socialmap.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.model.Curation;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/**
 * What the assistant proposes for one client.
 *
 * @param proposals     ordered by presence, the owner before the backup; when infeasible, the best
 *                      partial assignment: as many roles as the limits allow, at the highest fit
 * @param totalFit      the sum of the proposals' fits
 * @param infeasibility when some open role cannot be staffed, the constraint that fails
 * @param replaced      the owner and backup curations the proposals replace (when reassigning)
 * @param hoursPerRole  the weekly hours each proposed curation takes
 */
public record AssignmentResult(List<Proposal> proposals, int totalFit, Optional<String> infeasibility,
		List<Curation> replaced, double hoursPerRole) {

	public AssignmentResult {
		proposals = List.copyOf(proposals);
		replaced = List.copyOf(replaced);
	}

	public boolean feasible() {
		return infeasibility.isEmpty();
	}

	/** Whether applying the result would change the model. */
	public boolean changesModel() {
		return !proposals.isEmpty() || !replaced.isEmpty();
	}

	/**
	 * The proposals as one command on {@code domain}: the replaced curations leave the model, and each
	 * proposal becomes a curation of {@link #hoursPerRole} hours. Undone as one step.
	 */
	public Command command(EditingDomain domain) {
		List<Command> commands = new ArrayList<>();
		replaced.forEach(curation -> commands.add(SocialmapCommands.removeCuration(domain, curation)));
		proposals.forEach(proposal -> commands.add(SocialmapCommands.addCuration(domain, proposal.presence(),
				proposal.member(), proposal.role(), hoursPerRole)));
		return SocialmapCommands.compound("Apply " + Labels.count(proposals.size(), "curator proposal"), commands);
	}
}
