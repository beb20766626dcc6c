package org.socialmap.rules.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;

/** Who curates what for one client: the facts the management rules share. */
final class Curations {

	private Curations() {
	}

	static List<Member> members(ClientCompany client) {
		List<Member> members = new ArrayList<>();
		client.getTeams().forEach(team -> members.addAll(team.getMembers()));
		return members;
	}

	/** The presences still in use: obsolete ones need no curators. */
	static List<Presence> activePresences(ClientCompany client) {
		return client.getPresences().stream().filter(p -> p.getStatus() != PresenceStatus.OBSOLETE).toList();
	}

	static Optional<Curation> withRole(Presence presence, CurationRole role) {
		return presence.getCurations().stream().filter(c -> c.getRole() == role && c.getMember() != null).findFirst();
	}

	/** Each member's curation hours on this client's presences, in member order. */
	static Map<Member, Double> hoursByMember(ClientCompany client) {
		Map<Member, Double> hours = new LinkedHashMap<>();
		for (Presence presence : activePresences(client)) {
			for (Curation curation : presence.getCurations()) {
				if (curation.getMember() != null) {
					hours.merge(curation.getMember(), curation.getWeeklyHours(), Double::sum);
				}
			}
		}
		return hours;
	}

	/** Each member's number of curations on this client's presences, in member order. */
	static Map<Member, Integer> rolesByMember(ClientCompany client) {
		Map<Member, Integer> roles = new LinkedHashMap<>();
		for (Presence presence : activePresences(client)) {
			for (Curation curation : presence.getCurations()) {
				if (curation.getMember() != null) {
					roles.merge(curation.getMember(), 1, Integer::sum);
				}
			}
		}
		return roles;
	}
}
