package org.socialmap.assignment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.Team;
import org.socialmap.model.workload.Workload;
import org.socialmap.rules.RuleSettings;

/**
 * What the assistant has to decide for one client, read from the model: the members (of every
 * team, in model order), the presences to staff (all but obsolete ones, in model order), the owner
 * and backup roles that are kept, and how many roles each member can still take. See
 * {@link CuratorAssistant} for the rules.
 */
final class AssignmentProblem {

	/** Absorbs floating-point error in hours, so that 3 h / 0.1 h makes 30 roles, not 29. */
	private static final double ROUNDING = 1e-9;

	final List<Member> members;
	final List<Presence> presences;
	/** Per presence, the member whose owner curation is kept, or null when the role is open. */
	final Member[] keptOwner;
	/** Per presence, the member whose backup curation is kept, or null when the role is open. */
	final Member[] keptBackup;
	/** Per member, the curated hours ({@link Workload}) of their curations that stay. */
	final double[] keptHours;
	/** Per member, the owner and backup roles they keep on the presences to staff. */
	final int[] keptRoles;
	/** Per member, the roles their free hours allow. */
	final int[] hourCapacity;
	/** Per member, the roles they may still take: the hours' allowance within the share limit. */
	final int[] capacity;
	/** Owner and backup roles of all presences to staff, kept or not. */
	final int totalRoles;
	/** The most roles one member may hold. */
	final int roleLimit;
	final int openRoles;
	/** The owner and backup curations that go, when reassigning. */
	final List<Curation> replaced;
	final double hoursPerRole;
	final double maxShareOfRoles;

	private AssignmentProblem(ClientCompany client, boolean keepExisting, RuleSettings settings) {
		hoursPerRole = settings.hoursPerRole();
		maxShareOfRoles = settings.maxShareOfRoles();
		members = new ArrayList<>();
		for (Team team : client.getTeams()) {
			members.addAll(team.getMembers());
		}
		presences = client.getPresences().stream().filter(AssignmentProblem::isToStaff).toList();
		Map<Member, Integer> memberIndex = new IdentityHashMap<>();
		for (int m = 0; m < members.size(); m++) {
			memberIndex.put(members.get(m), m);
		}

		keptOwner = new Member[presences.size()];
		keptBackup = new Member[presences.size()];
		keptRoles = new int[members.size()];
		int open = 0;
		for (int p = 0; p < presences.size(); p++) {
			if (keepExisting) {
				keptOwner[p] = firstWithRole(presences.get(p), CurationRole.OWNER);
				keptBackup[p] = firstWithRole(presences.get(p), CurationRole.BACKUP);
				countRole(memberIndex, keptOwner[p]);
				countRole(memberIndex, keptBackup[p]);
			}
			open += (keptOwner[p] == null ? 1 : 0) + (keptBackup[p] == null ? 1 : 0);
		}
		openRoles = open;
		totalRoles = 2 * presences.size();
		roleLimit = roundDown(maxShareOfRoles * totalRoles);

		keptHours = new double[members.size()];
		for (int m = 0; m < members.size(); m++) {
			keptHours[m] = Workload.curatedHours(members.get(m), curation -> stays(curation, keepExisting));
		}
		replaced = keepExisting ? List.of() : client.getPresences().stream().flatMap(p -> p.getCurations().stream())
				.filter(curation -> !stays(curation, false)).toList();
		hourCapacity = new int[members.size()];
		capacity = new int[members.size()];
		for (int m = 0; m < members.size(); m++) {
			// impossible weekly hours (NaN, infinite, negative, past a week) count as none, as Workload
			// defines; the validation reports them
			double freeHours = Workload.availableHours(members.get(m)) - keptHours[m];
			// no member can use more roles than there are, which also keeps huge hours within an int
			hourCapacity[m] = (int) Math.min(totalRoles, Math.max(0, roundDown(freeHours / hoursPerRole)));
			capacity[m] = Math.min(hourCapacity[m], Math.max(0, roleLimit - keptRoles[m]));
		}
	}

	static AssignmentProblem of(ClientCompany client, boolean keepExisting, RuleSettings settings) {
		return new AssignmentProblem(client, keepExisting, settings);
	}

	/** Obsolete presences are kept for the record only: nobody is assigned to them. */
	static boolean isToStaff(Presence presence) {
		return Workload.inUse(presence);
	}

	/** Whether a curation survives the assignment: all but the owner and backup ones being reassigned. */
	static boolean stays(Curation curation, boolean keepExisting) {
		return keepExisting || !isOwnerOrBackup(curation) || !isToStaff(curation.getPresence());
	}

	static boolean isOwnerOrBackup(Curation curation) {
		return curation.getRole() == CurationRole.OWNER || curation.getRole() == CurationRole.BACKUP;
	}

	int openRoles(int presence) {
		return (keptOwner[presence] == null ? 1 : 0) + (keptBackup[presence] == null ? 1 : 0);
	}

	/** A member keeping a role on a presence cannot take its other role: owner and backup differ. */
	boolean keepsRoleOn(int presence, Member member) {
		return keptOwner[presence] == member || keptBackup[presence] == member;
	}

	private void countRole(Map<Member, Integer> memberIndex, Member holder) {
		Integer m = holder == null ? null : memberIndex.get(holder);
		if (m != null) {
			keptRoles[m]++;
		}
	}

	/** Only the first owner and the first backup fill the roles; any further ones just take hours. */
	private static Member firstWithRole(Presence presence, CurationRole role) {
		for (Curation curation : presence.getCurations()) {
			if (curation.getRole() == role && curation.getMember() != null) {
				return curation.getMember();
			}
		}
		return null;
	}

	private static int roundDown(double value) {
		return (int) Math.floor(value + ROUNDING);
	}
}
