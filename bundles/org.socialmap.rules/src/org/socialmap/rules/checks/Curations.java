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
import org.socialmap.model.workload.Workload;

/** Who curates what for one client: the facts the management rules share, on {@link Workload}'s terms. */
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
		return client.getPresences().stream().filter(Workload::inUse).toList();
	}

	static Optional<Curation> withRole(Presence presence, CurationRole role) {
		return presence.getCurations().stream().filter(c -> c.getRole() == role && c.getMember() != null).findFirst();
	}

	/** The curated hours of each of the client's members who curates something, in member order. */
	static Map<Member, Double> hoursByMember(ClientCompany client) {
		Map<Member, Double> hours = new LinkedHashMap<>();
		for (Member member : members(client)) {
			if (Workload.curatedRoles(member) > 0) {
				hours.put(member, Workload.curatedHours(member));
			}
		}
		return hours;
	}

	/** The curations of each of the client's members who curates something, in member order. */
	static Map<Member, Integer> rolesByMember(ClientCompany client) {
		Map<Member, Integer> roles = new LinkedHashMap<>();
		for (Member member : members(client)) {
			if (Workload.curatedRoles(member) > 0) {
				roles.put(member, Workload.curatedRoles(member));
			}
		}
		return roles;
	}
}
