package org.socialmap.model.tests;

import org.socialmap.model.Affinity;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.Agency;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.Cadence;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Indicator;
import org.socialmap.model.IndicatorMeasure;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.ObjectiveKind;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.Website;

/** A small agency that sets every feature of the metamodel at least once, with values other than the defaults. */
final class SampleAgency {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;

	private SampleAgency() {
	}

	static Agency create() {
		Agency agency = FACTORY.createAgency();
		agency.setId("studio");
		agency.setName("Studio Rete & Co.");
		agency.setDescription("Digital agency in Milan \u2013 \"social first\" <since 2009>");
		agency.setWebsite("https://studio.example");

		ClientCompany client = FACTORY.createClientCompany();
		client.setId("bookshop");
		client.setName("Libreria Aperta");
		client.setDescription("Independent bookshop");
		client.setCoreBusiness("Selling and recommending books");
		client.setSector("Retail");
		client.setOrganisationModel("forrester.cross-functional");
		agency.getClients().add(client);

		Website site = FACTORY.createWebsite();
		site.setId("site");
		site.setName("libreria-aperta.example");
		site.setDescription("The shop's website");
		site.setUrl("https://libreria-aperta.example");
		client.getWebsites().add(site);

		Presence facebook = presence("facebook", "facebook", PresenceStatus.ACTIVE, Cadence.DAILY);
		facebook.setPurpose("Gateway and relational basin");
		facebook.setCoreBusinessContribution("Brings readers to events and the shop");
		facebook.setAudience("Local readers");
		facebook.getContentPillars().add("events");
		facebook.getContentPillars().add("new arrivals");
		facebook.setUrl("https://facebook.com/libreria");
		facebook.setDescription("Main page");
		Presence anobii = presence("anobii", "anobii", PresenceStatus.PLANNED, Cadence.WEEKLY);
		Presence retired = presence("friendfeed", "friendfeed", PresenceStatus.OBSOLETE, Cadence.OCCASIONAL);
		client.getPresences().add(facebook);
		client.getPresences().add(anobii);
		client.getPresences().add(retired);

		client.getLinks().add(link(site, facebook, LinkKind.GATEWAY, "Like box on the home page"));
		client.getLinks().add(link(retired, anobii, LinkKind.AGGREGATES, null));
		client.getLinks().add(link(facebook, anobii, LinkKind.CROSS_POSTS, null));

		Team team = FACTORY.createTeam();
		team.setId("social-team");
		team.setName("Social team");
		team.setDescription("Cross-functional");
		client.getTeams().add(team);
		Member giulia = member("giulia", "Giulia", BusinessFunction.MARKETING, 6.5);
		giulia.setRole("Community manager");
		giulia.setDescription("Photo enthusiast");
		giulia.getAffinities().add(affinity(null, "photo", AffinityStrength.STRONG));
		Member marco = member("marco", "Marco", BusinessFunction.RESEARCH_AND_DEVELOPMENT, 2);
		marco.getAffinities().add(affinity("youtube", null, AffinityStrength.WEAK));
		team.getMembers().add(giulia);
		team.getMembers().add(marco);

		facebook.getCurations().add(curation(giulia, CurationRole.OWNER, 3));
		facebook.getCurations().add(curation(marco, CurationRole.BACKUP, 0.5));
		anobii.getCurations().add(curation(marco, CurationRole.CONTRIBUTOR, 1));

		Objective awareness = FACTORY.createObjective();
		awareness.setId("awareness");
		awareness.setName("Be the town's bookshop");
		awareness.setDescription("Long-run brand awareness");
		awareness.setKind(ObjectiveKind.COMMUNITY);
		awareness.getPresences().add(facebook);
		awareness.getPresences().add(anobii);
		Indicator tone = FACTORY.createIndicator();
		tone.setId("tone");
		tone.setName("Tone of comments");
		tone.setDescription("Read monthly");
		tone.setMeasure(IndicatorMeasure.QUALITATIVE);
		tone.setTarget("mostly warm");
		tone.setCurrent("mixed");
		awareness.getIndicators().add(tone);
		client.getObjectives().add(awareness);
		return agency;
	}

	private static Presence presence(String id, String platform, PresenceStatus status, Cadence cadence) {
		Presence presence = FACTORY.createPresence();
		presence.setId(id);
		presence.setName(platform + " page");
		presence.setPlatform(platform);
		presence.setHandle("libreria.aperta");
		presence.setStatus(status);
		presence.setCadence(cadence);
		return presence;
	}

	private static Link link(MapNode source, MapNode target, LinkKind kind, String note) {
		Link link = FACTORY.createLink();
		link.setSource(source);
		link.setTarget(target);
		link.setKind(kind);
		link.setNote(note);
		return link;
	}

	private static Member member(String id, String name, BusinessFunction function, double hours) {
		Member member = FACTORY.createMember();
		member.setId(id);
		member.setName(name);
		member.setBusinessFunction(function);
		member.setWeeklyHours(hours);
		return member;
	}

	private static Affinity affinity(String platform, String kind, AffinityStrength strength) {
		Affinity affinity = FACTORY.createAffinity();
		affinity.setPlatform(platform);
		affinity.setPlatformKind(kind);
		affinity.setStrength(strength);
		return affinity;
	}

	private static Curation curation(Member member, CurationRole role, double hours) {
		Curation curation = FACTORY.createCuration();
		curation.setMember(member);
		curation.setRole(role);
		curation.setWeeklyHours(hours);
		return curation;
	}
}
