package org.socialmap.rules.assignment;

import java.util.List;
import java.util.Optional;

/**
 * What the assistant proposes for one client.
 *
 * @param proposals     ordered by presence, the owner before the backup; when infeasible, the best
 *                      partial assignment: as many roles as the limits allow, at the highest fit
 * @param totalFit      the sum of the proposals' fits
 * @param infeasibility when some open role cannot be staffed, the constraint that fails
 */
public record AssignmentResult(List<Proposal> proposals, int totalFit, Optional<String> infeasibility) {

	public AssignmentResult {
		proposals = List.copyOf(proposals);
	}

	public boolean feasible() {
		return infeasibility.isEmpty();
	}
}
