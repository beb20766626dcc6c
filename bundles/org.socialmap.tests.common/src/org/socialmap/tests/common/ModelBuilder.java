package org.socialmap.tests.common;

import java.util.Locale;

import org.socialmap.model.Affinity;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.Agency;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.Website;

/**
 * Builds the models the tests need, one element at a time, each added to its container: the one
 * fixture every test bundle shares. Elements get the ids the tests name them by; features not given
 * keep the metamodel's defaults.
 */
public final class ModelBuilder {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;

	private ModelBuilder() {
	}

	/** A client of its own agency (id {@code agency}). */
	public static ClientCompany client(String id, String name) {
		Agency agency = FACTORY.createAgency();
		agency.setId("agency");
		ClientCompany client = FACTORY.createClientCompany();
		client.setId(id);
		client.setName(name);
		agency.getClients().add(client);
		return client;
	}

	public static Website website(ClientCompany client, String id, String name) {
		Website website = FACTORY.createWebsite();
		website.setId(id);
		website.setName(name);
		client.getWebsites().add(website);
		return website;
	}

	/** A presence whose name is its id. */
	public static Presence presence(ClientCompany client, String id, String platform) {
		Presence presence = FACTORY.createPresence();
		presence.setId(id);
		presence.setName(id);
		presence.setPlatform(platform);
		client.getPresences().add(presence);
		return presence;
	}

	public static Link link(ClientCompany client, MapNode source, MapNode target, LinkKind kind) {
		Link link = FACTORY.createLink();
		link.setSource(source);
		link.setTarget(target);
		link.setKind(kind);
		client.getLinks().add(link);
		return link;
	}

	public static Team team(ClientCompany client, String id) {
		Team team = FACTORY.createTeam();
		team.setId(id);
		client.getTeams().add(team);
		return team;
	}

	/** A member whose id is their name in lower case. */
	public static Member member(Team team, String name, double weeklyHours) {
		Member member = FACTORY.createMember();
		member.setId(name.toLowerCase(Locale.ROOT));
		member.setName(name);
		member.setWeeklyHours(weeklyHours);
		team.getMembers().add(member);
		return member;
	}

	public static Member member(Team team, String name, BusinessFunction function, double weeklyHours) {
		Member member = member(team, name, weeklyHours);
		member.setBusinessFunction(function);
		return member;
	}

	public static Member withPlatformAffinity(Member member, String platform, AffinityStrength strength) {
		return withAffinity(member, platform, null, strength);
	}

	public static Member withKindAffinity(Member member, String kind, AffinityStrength strength) {
		return withAffinity(member, null, kind, strength);
	}

	/** An affinity naming a platform, a kind, both or neither, as the test needs. */
	public static Member withAffinity(Member member, String platform, String kind, AffinityStrength strength) {
		Affinity affinity = FACTORY.createAffinity();
		affinity.setPlatform(platform);
		affinity.setPlatformKind(kind);
		affinity.setStrength(strength);
		member.getAffinities().add(affinity);
		return member;
	}

	/** {@code member} takes {@code role} on {@code presence} for {@code weeklyHours} a week. */
	public static Curation curation(Presence presence, Member member, CurationRole role, double weeklyHours) {
		Curation curation = FACTORY.createCuration();
		curation.setMember(member);
		curation.setRole(role);
		curation.setWeeklyHours(weeklyHours);
		presence.getCurations().add(curation);
		return curation;
	}
}
