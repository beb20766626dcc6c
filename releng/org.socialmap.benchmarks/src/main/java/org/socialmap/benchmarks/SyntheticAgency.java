package org.socialmap.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.socialmap.model.Affinity;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.Agency;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.Cadence;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.ObjectiveKind;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.Website;
import org.socialmap.model.io.SocialmapFiles;

/** A large, realistic agency for benchmarks, the same for a given seed. */
public final class SyntheticAgency {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;
	private static final String[] PLATFORMS = { "facebook", "instagram", "linkedin", "youtube", "tiktok", "twitter",
			"threads", "bluesky", "mastodon", "pinterest", "reddit", "twitch", "flickr", "vimeo", "medium", "substack",
			"telegram", "whatsapp", "discord", "google-business-profile" };
	private static final String[] KINDS = { "photo", "video", "microblog", "social-network", "aggregator",
			"professional", "messaging", "blog" };

	private final Random random;

	private SyntheticAgency(long seed) {
		random = new Random(seed);
	}

	/** Writes an agency of one client with {@code presences} presences and 20 members, as Socialmap saves it. */
	static Path writeOneClient(Path file, int presences) throws IOException {
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(generate(1, presences, 20, 42));
		resource.save(null);
		return file;
	}

	/** An agency with {@code clients} clients, each with the given number of presences and members. */
	public static Agency generate(int clients, int presencesPerClient, int membersPerClient, long seed) {
		return new SyntheticAgency(seed).agency(clients, presencesPerClient, membersPerClient);
	}

	private Agency agency(int clients, int presencesPerClient, int membersPerClient) {
		Agency agency = FACTORY.createAgency();
		agency.setId("agency");
		agency.setName("Benchmark Agency");
		for (int c = 0; c < clients; c++) {
			agency.getClients().add(client("c" + c, presencesPerClient, membersPerClient));
		}
		return agency;
	}

	private ClientCompany client(String id, int presenceCount, int memberCount) {
		ClientCompany client = FACTORY.createClientCompany();
		client.setId(id);
		client.setName("Client " + id);
		client.setCoreBusiness("Core business of " + id);
		client.setSector("Sector " + random.nextInt(12));
		client.setOrganisationModel("forrester.cross-functional");
		Website site = FACTORY.createWebsite();
		site.setId(id + ".site");
		site.setUrl("https://" + id + ".example");
		client.getWebsites().add(site);

		Team team = FACTORY.createTeam();
		team.setId(id + ".team");
		team.setName("Team of " + id);
		client.getTeams().add(team);
		List<Member> members = new ArrayList<>();
		for (int m = 0; m < memberCount; m++) {
			Member member = member(id + ".m" + m);
			team.getMembers().add(member);
			members.add(member);
		}
		List<Presence> presences = new ArrayList<>();
		for (int p = 0; p < presenceCount; p++) {
			Presence presence = presence(id + ".p" + p, members);
			client.getPresences().add(presence);
			presences.add(presence);
		}
		client.getLinks().add(link(site, presences.get(0), LinkKind.GATEWAY));
		for (int p = 1; p < presences.size(); p++) {
			LinkKind kind = LinkKind.VALUES.get(1 + random.nextInt(LinkKind.VALUES.size() - 1));
			client.getLinks().add(link(presences.get(random.nextInt(p)), presences.get(p), kind));
		}
		for (ObjectiveKind kind : List.of(ObjectiveKind.BRAND_AWARENESS, ObjectiveKind.ENGAGEMENT, ObjectiveKind.REACH)) {
			Objective objective = FACTORY.createObjective();
			objective.setId(id + "." + kind.getLiteral());
			objective.setName(kind.getLiteral());
			objective.setKind(kind);
			for (int i = 0; i < 10; i++) {
				Presence presence = presences.get(random.nextInt(presences.size()));
				if (!objective.getPresences().contains(presence)) {
					objective.getPresences().add(presence);
				}
			}
			client.getObjectives().add(objective);
		}
		return client;
	}

	private Member member(String id) {
		Member member = FACTORY.createMember();
		member.setId(id);
		member.setName("Member " + id);
		member.setRole("Role " + random.nextInt(5));
		member.setBusinessFunction(BusinessFunction.VALUES.get(random.nextInt(BusinessFunction.VALUES.size())));
		member.setWeeklyHours(2 + random.nextInt(10));
		for (int a = 0; a < 2; a++) {
			Affinity affinity = FACTORY.createAffinity();
			if (random.nextBoolean()) {
				affinity.setPlatform(PLATFORMS[random.nextInt(PLATFORMS.length)]);
			} else {
				affinity.setPlatformKind(KINDS[random.nextInt(KINDS.length)]);
			}
			affinity.setStrength(AffinityStrength.VALUES.get(random.nextInt(AffinityStrength.VALUES.size())));
			member.getAffinities().add(affinity);
		}
		return member;
	}

	private Presence presence(String id, List<Member> members) {
		Presence presence = FACTORY.createPresence();
		presence.setId(id);
		presence.setName("Presence " + id);
		presence.setPlatform(PLATFORMS[random.nextInt(PLATFORMS.length)]);
		presence.setHandle("handle_" + id);
		presence.setPurpose("Purpose of " + id);
		presence.setCoreBusinessContribution("How " + id + " serves the core business");
		presence.setAudience("Audience " + random.nextInt(20));
		presence.getContentPillars().add("pillar " + random.nextInt(8));
		presence.getContentPillars().add("pillar " + (8 + random.nextInt(8)));
		presence.setCadence(Cadence.VALUES.get(random.nextInt(Cadence.VALUES.size())));
		Member owner = members.get(random.nextInt(members.size()));
		Member backup = members.get(random.nextInt(members.size()));
		presence.getCurations().add(curation(owner, CurationRole.OWNER, 2));
		if (backup != owner) {
			presence.getCurations().add(curation(backup, CurationRole.BACKUP, 0.5));
		}
		return presence;
	}

	private static Curation curation(Member member, CurationRole role, double hours) {
		Curation curation = FACTORY.createCuration();
		curation.setMember(member);
		curation.setRole(role);
		curation.setWeeklyHours(hours);
		return curation;
	}

	private static Link link(MapNode source, MapNode target, LinkKind kind) {
		Link link = FACTORY.createLink();
		link.setSource(source);
		link.setTarget(target);
		link.setKind(kind);
		return link;
	}
}
