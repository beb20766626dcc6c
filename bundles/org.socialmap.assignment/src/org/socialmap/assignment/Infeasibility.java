package org.socialmap.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.socialmap.model.text.Labels;

/**
 * Why the open roles cannot all be staffed, naming the most specific constraint that fails, checked
 * in this order: fewer than two members; the team's hours; the share limit; otherwise the limits
 * together, with the presences left uncovered.
 */
final class Infeasibility {

	/** Past this many, the uncovered presences are counted rather than named. */
	private static final int NAMED_PRESENCES = 10;

	private Infeasibility() {
	}

	/** @param staffed per presence, how many of its open roles the best assignment staffs */
	static Optional<String> of(AssignmentProblem problem, int[] staffed) {
		int staffedRoles = 0;
		for (int roles : staffed) {
			staffedRoles += roles;
		}
		if (staffedRoles == problem.openRoles) {
			return Optional.empty();
		}
		if (problem.members.size() < 2) {
			return Optional.of("each presence needs an owner and a backup from two different members, but the team has "
					+ Labels.count(problem.members.size(), "member"));
		}
		int hourRoles = 0;
		int limitedRoles = 0;
		boolean hoursTaken = false;
		for (int m = 0; m < problem.members.size(); m++) {
			hourRoles += problem.hourCapacity[m];
			limitedRoles += problem.capacity[m];
			hoursTaken |= problem.keptHours[m] > 0;
		}
		if (hourRoles < problem.openRoles) {
			return Optional.of((hoursTaken ? "the team's weekly hours left by the curations that stay allow "
					: "the team's weekly hours allow ") + Labels.count(hourRoles, "role") + " at "
					+ Labels.number(problem.hoursPerRole) + " h each, the map needs " + problem.openRoles
					+ (problem.openRoles < problem.totalRoles ? " more" : ""));
		}
		if (limitedRoles < problem.openRoles) {
			return Optional.of(shareLimitMessage(problem, limitedRoles));
		}
		return Optional.of("no assignment satisfies hours and share limits together with owner and backup from "
				+ "different members; left uncovered: " + uncovered(problem, staffed));
	}

	private static String shareLimitMessage(AssignmentProblem problem, int limitedRoles) {
		String limit = "no member may hold more than " + Labels.percent(problem.maxShareOfRoles) + " of the "
				+ Labels.count(problem.totalRoles, "role");
		if (problem.roleLimit == 0) {
			return limit + ", which leaves no member any role";
		}
		int membersNeeded = (problem.totalRoles + problem.roleLimit - 1) / problem.roleLimit;
		return limit + " (" + problem.roleLimit + " each), so at least " + membersNeeded
				+ " members must share them; within that limit the members' free hours cover " + limitedRoles
				+ " of the " + Labels.count(problem.openRoles, "role") + " still needed";
	}

	private static String uncovered(AssignmentProblem problem, int[] staffed) {
		List<String> names = new ArrayList<>();
		int count = 0;
		for (int p = 0; p < problem.presences.size(); p++) {
			int missing = problem.openRoles(p) - staffed[p];
			if (missing > 0 && count++ < NAMED_PRESENCES) {
				names.add(Labels.name(problem.presences.get(p)) + " (" + missingRoles(problem, p, missing) + ")");
			}
		}
		String list = String.join(", ", names);
		return count > NAMED_PRESENCES ? list + " and " + (count - NAMED_PRESENCES) + " more presences" : list;
	}

	/** A lone member proposed for a presence with both roles open becomes its owner, so the backup is missing. */
	private static String missingRoles(AssignmentProblem problem, int presence, int missing) {
		if (missing == 2) {
			return "owner and backup";
		}
		return problem.keptOwner[presence] == null && problem.keptBackup[presence] != null ? "owner" : "backup";
	}
}
