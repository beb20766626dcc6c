package org.socialmap.rules.tests;

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
 * A client that every built-in rule accepts: a website with a gateway into Facebook, a Flickr
 * photostream, and a cross-functional team of four where each presence has an owner and a backup
 * who are at ease on its platform. Tests break one thing at a time.
 */
final class CompliantClient {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;

	final Agency agency = FACTORY.createAgency();
	final ClientCompany client = FACTORY.createClientCompany();
	final Website website = FACTORY.createWebsite();
	final Presence facebook;
	final Presence flickr;
	final Team team = FACTORY.createTeam();
	final Member ada;
	final Member bo;
	final Member cy;
	final Member di;
	final Link gateway;

	CompliantClient() {
		agency.setId("agency");
		agency.getClients().add(client);
		client.setId("client");
		client.setName("Bottega");
		client.setCoreBusiness("Handmade furniture");
		client.setOrganisationModel("forrester.cross-functional");
		website.setId("site");
		website.setName("Bottega website");
		client.getWebsites().add(website);
		facebook = presence("facebook-page", "facebook");
		flickr = presence("flickr-photos", "flickr");
		gateway = link(website, facebook, LinkKind.GATEWAY);
		team.setId("team");
		team.setName("Social team");
		client.getTeams().add(team);
		ada = member("ada", BusinessFunction.MARKETING, 4);
		affinity(ada, null, "social-network", AffinityStrength.STRONG);
		bo = member("bo", BusinessFunction.RESEARCH_AND_DEVELOPMENT, 4);
		affinity(bo, null, "photo", AffinityStrength.STRONG);
		cy = member("cy", BusinessFunction.SALES, 4);
		affinity(cy, "facebook", null, AffinityStrength.MODERATE);
		di = member("di", BusinessFunction.HUMAN_RESOURCES, 4);
		affinity(di, null, "photo", AffinityStrength.MODERATE);
		curate(facebook, ada, CurationRole.OWNER, 2);
		curate(facebook, cy, CurationRole.BACKUP, 1);
		curate(flickr, bo, CurationRole.OWNER, 2);
		curate(flickr, di, CurationRole.BACKUP, 1);
	}

	Presence presence(String id, String platform) {
		Presence presence = FACTORY.createPresence();
		presence.setId(id);
		presence.setName(id);
		presence.setPlatform(platform);
		presence.setPurpose("Shows the workshop");
		presence.setCoreBusinessContribution("Brings buyers to the showroom");
		client.getPresences().add(presence);
		return presence;
	}

	Link link(MapNode source, MapNode target, LinkKind kind) {
		Link link = FACTORY.createLink();
		link.setSource(source);
		link.setTarget(target);
		link.setKind(kind);
		client.getLinks().add(link);
		return link;
	}

	Member member(String id, BusinessFunction function, double hours) {
		Member member = FACTORY.createMember();
		member.setId(id);
		member.setName(id.substring(0, 1).toUpperCase() + id.substring(1));
		member.setBusinessFunction(function);
		member.setWeeklyHours(hours);
		team.getMembers().add(member);
		return member;
	}

	static Affinity affinity(Member member, String platform, String kind, AffinityStrength strength) {
		Affinity affinity = FACTORY.createAffinity();
		affinity.setPlatform(platform);
		affinity.setPlatformKind(kind);
		affinity.setStrength(strength);
		member.getAffinities().add(affinity);
		return affinity;
	}

	static Curation curate(Presence presence, Member member, CurationRole role, double hours) {
		Curation curation = FACTORY.createCuration();
		curation.setMember(member);
		curation.setRole(role);
		curation.setWeeklyHours(hours);
		presence.getCurations().add(curation);
		return curation;
	}

	static Curation curation(Presence presence, CurationRole role) {
		return presence.getCurations().stream().filter(c -> c.getRole() == role).findFirst().orElseThrow();
	}
}
