package org.socialmap.assignment.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;
import org.socialmap.model.Affinity;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;

/** A small catalog of its own, so the tests do not depend on the installed ones, and model builders. */
final class AssignmentFixture {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;

	private AssignmentFixture() {
	}

	/** Flickr (photo), YouTube and Vimeo (video), Twitter (microblog), Facebook (social network, aggregator). */
	static CatalogRegistry catalogs() {
		Map<String, PlatformKind> kinds = new LinkedHashMap<>();
		for (String[] kind : List.of(new String[] { "photo", "Photo sharing" }, new String[] { "video", "Video sharing" },
				new String[] { "microblog", "Micro-blogging" }, new String[] { "social-network", "Social network" },
				new String[] { "aggregator", "Aggregator" })) {
			kinds.put(kind[0], new PlatformKind(kind[0], kind[1], null, "test"));
		}
		Map<String, Platform> platforms = new LinkedHashMap<>();
		platform(platforms, "facebook", "Facebook", "social-network", "aggregator");
		platform(platforms, "flickr", "Flickr", "photo");
		platform(platforms, "twitter", "Twitter", "microblog");
		platform(platforms, "vimeo", "Vimeo", "video");
		platform(platforms, "youtube", "YouTube", "video");
		return new CatalogRegistry(platforms, kinds, Map.of(), List.of(), List.of());
	}

	static ClientCompany client() {
		ClientCompany client = FACTORY.createClientCompany();
		client.setId("client");
		client.setName("Bottega");
		return client;
	}

	static Team team(ClientCompany client, String id) {
		Team team = FACTORY.createTeam();
		team.setId(id);
		client.getTeams().add(team);
		return team;
	}

	/** A member whose id is their name in lower case. */
	static Member member(Team team, String name, double weeklyHours) {
		Member member = FACTORY.createMember();
		member.setId(name.toLowerCase(Locale.ROOT));
		member.setName(name);
		member.setWeeklyHours(weeklyHours);
		team.getMembers().add(member);
		return member;
	}

	static Member withPlatformAffinity(Member member, String platform, AffinityStrength strength) {
		Affinity affinity = FACTORY.createAffinity();
		affinity.setPlatform(platform);
		affinity.setStrength(strength);
		member.getAffinities().add(affinity);
		return member;
	}

	static Member withKindAffinity(Member member, String kind, AffinityStrength strength) {
		Affinity affinity = FACTORY.createAffinity();
		affinity.setPlatformKind(kind);
		affinity.setStrength(strength);
		member.getAffinities().add(affinity);
		return member;
	}

	static Presence presence(ClientCompany client, String id, String platform) {
		Presence presence = FACTORY.createPresence();
		presence.setId(id);
		presence.setName(id);
		presence.setPlatform(platform);
		client.getPresences().add(presence);
		return presence;
	}

	static Curation curation(Presence presence, Member member, CurationRole role, double weeklyHours) {
		Curation curation = FACTORY.createCuration();
		curation.setMember(member);
		curation.setRole(role);
		curation.setWeeklyHours(weeklyHours);
		presence.getCurations().add(curation);
		return curation;
	}

	private static void platform(Map<String, Platform> platforms, String id, String name, String... kinds) {
		platforms.put(id, new Platform(id, name, List.of(kinds), Set.of(), null, null, PlatformStatus.ACTIVE, null,
				null, null, "test"));
	}
}
