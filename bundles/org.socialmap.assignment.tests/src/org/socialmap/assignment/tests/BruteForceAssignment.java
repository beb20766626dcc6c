package org.socialmap.assignment.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.rules.AffinityFit;
import org.socialmap.rules.RuleSettings;

/**
 * The assistant's model written out plainly, for checking it on small clients: the limits of each
 * member, and the best total fit found by trying every way to fill the open roles.
 */
final class BruteForceAssignment {

	final List<Member> members = new ArrayList<>();
	final List<Presence> presences;
	final Member[] keptOwner;
	final Member[] keptBackup;
	/** Per member, the most roles they may be given: by their free hours and by the share limit. */
	final int[] maxNewRoles;
	private final int[][] fit;

	BruteForceAssignment(ClientCompany client, boolean keepExisting, RuleSettings settings, CatalogRegistry catalogs) {
		for (Team team : client.getTeams()) {
			members.addAll(team.getMembers());
		}
		presences = client.getPresences().stream().filter(p -> p.getStatus() != PresenceStatus.OBSOLETE).toList();
		keptOwner = new Member[presences.size()];
		keptBackup = new Member[presences.size()];
		int[] keptRoles = new int[members.size()];
		for (int p = 0; p < presences.size(); p++) {
			if (keepExisting) {
				keptOwner[p] = first(presences.get(p), CurationRole.OWNER);
				keptBackup[p] = first(presences.get(p), CurationRole.BACKUP);
				for (Member holder : new Member[] { keptOwner[p], keptBackup[p] }) {
					if (members.contains(holder)) {
						keptRoles[members.indexOf(holder)]++;
					}
				}
			}
		}
		int roleLimit = (int) Math.floor(settings.maxShareOfRoles() * 2 * presences.size() + 1e-9);
		maxNewRoles = new int[members.size()];
		fit = new int[members.size()][presences.size()];
		AffinityFit affinityFit = new AffinityFit(catalogs);
		for (int m = 0; m < members.size(); m++) {
			Member member = members.get(m);
			double keptHours = 0;
			for (Presence presence : presences) { // an obsolete presence takes nobody's time
				for (Curation curation : presence.getCurations()) {
					boolean stays = keepExisting || curation.getRole() == CurationRole.CONTRIBUTOR;
					if (curation.getMember() == member && stays) {
						keptHours += curation.getWeeklyHours();
					}
				}
			}
			int byHours = (int) Math.floor((member.getWeeklyHours() - keptHours) / settings.hoursPerRole() + 1e-9);
			maxNewRoles[m] = Math.max(0, Math.min(byHours, roleLimit - keptRoles[m]));
			for (int p = 0; p < presences.size(); p++) {
				fit[m][p] = affinityFit.of(member, presences.get(p).getPlatform());
			}
		}
	}

	/** The best total fit of a complete assignment, empty when there is none. */
	OptionalInt bestTotalFit() {
		int best = search(0, new int[members.size()]);
		return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
	}

	int openRoles(int presence) {
		return (keptOwner[presence] == null ? 1 : 0) + (keptBackup[presence] == null ? 1 : 0);
	}

	private int search(int presence, int[] given) {
		if (presence == presences.size()) {
			return 0;
		}
		int best = -1;
		for (int[] chosen : ways(openRoles(presence))) {
			if (fits(presence, chosen, given)) {
				int total = 0;
				for (int m : chosen) {
					given[m]++;
					total += fit[m][presence];
				}
				int rest = search(presence + 1, given);
				for (int m : chosen) {
					given[m]--;
				}
				if (rest >= 0) {
					best = Math.max(best, total + rest);
				}
			}
		}
		return best;
	}

	/** Every set of {@code roles} different members; owner and backup weigh the same, so order does not matter. */
	private List<int[]> ways(int roles) {
		List<int[]> ways = new ArrayList<>();
		if (roles == 0) {
			ways.add(new int[0]);
		}
		for (int a = 0; a < members.size(); a++) {
			if (roles == 1) {
				ways.add(new int[] { a });
			}
			for (int b = a + 1; b < members.size() && roles == 2; b++) {
				ways.add(new int[] { a, b });
			}
		}
		return ways;
	}

	private boolean fits(int presence, int[] chosen, int[] given) {
		for (int m : chosen) {
			Member member = members.get(m);
			if (given[m] + 1 > maxNewRoles[m] || member == keptOwner[presence] || member == keptBackup[presence]) {
				return false;
			}
		}
		return true;
	}

	private static Member first(Presence presence, CurationRole role) {
		return presence.getCurations().stream().filter(c -> c.getRole() == role && c.getMember() != null)
				.map(Curation::getMember).findFirst().orElse(null);
	}
}
