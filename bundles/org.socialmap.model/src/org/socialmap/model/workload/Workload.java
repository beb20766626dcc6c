package org.socialmap.model.workload;

import java.util.function.Predicate;

import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;

/**
 * A member's curation work, defined once for the rules, the assignment assistant, the report and the
 * diagrams: the weekly hours of the member's curations on presences still in use. An obsolete
 * presence is kept for the record and takes nobody's time; a curation without hours takes none.
 * Hours that are not a number from 0 to {@link #HOURS_A_WEEK} count as none: the validation reports
 * them as errors, and counting them would spread NaN or infinity into every sum and comparison.
 */
public final class Workload {

	/** A week's hours: no member has more for social work, no curation takes more. */
	public static final double HOURS_A_WEEK = 168;

	private Workload() {
	}

	/** Whether hours a week are possible: a number from 0 to {@link #HOURS_A_WEEK} (NaN is not). */
	public static boolean possible(double weeklyHours) {
		return weeklyHours >= 0 && weeklyHours <= HOURS_A_WEEK;
	}

	/** The member's hours a week for social work; none when the model gives impossible ones. */
	public static double availableHours(Member member) {
		return possible(member.getWeeklyHours()) ? member.getWeeklyHours() : 0;
	}

	/** The hours a week the curation takes; none when the model gives impossible ones. */
	public static double hours(Curation curation) {
		return possible(curation.getWeeklyHours()) ? curation.getWeeklyHours() : 0;
	}

	/** Whether a presence needs curating: every presence but an obsolete one. */
	public static boolean inUse(Presence presence) {
		return presence != null && presence.getStatus() != PresenceStatus.OBSOLETE;
	}

	/** Whether a curation takes the member's time: it is someone's, on a presence in use. */
	public static boolean takesTime(Curation curation) {
		return curation.getMember() != null && inUse(curation.getPresence());
	}

	/** The member's curated hours a week. */
	public static double curatedHours(Member member) {
		return curatedHours(member, curation -> true);
	}

	/** The member's curated hours a week, counting only the curations {@code among} accepts. */
	public static double curatedHours(Member member, Predicate<Curation> among) {
		double hours = 0;
		for (Curation curation : member.getCurations()) {
			if (takesTime(curation) && among.test(curation)) {
				hours += hours(curation);
			}
		}
		return hours;
	}

	/** How many curations take the member's time: the work counted in roles when nobody gave hours. */
	public static int curatedRoles(Member member) {
		return (int) member.getCurations().stream().filter(Workload::takesTime).count();
	}

	/** The hours all the client's members curate a week. */
	public static double curatedHours(ClientCompany client) {
		return client.getTeams().stream().flatMap(team -> team.getMembers().stream())
				.mapToDouble(Workload::curatedHours).sum();
	}
}
