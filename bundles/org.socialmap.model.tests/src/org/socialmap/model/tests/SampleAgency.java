package org.socialmap.model.tests;

import static org.socialmap.tests.common.ModelBuilder.curation;
import static org.socialmap.tests.common.ModelBuilder.link;
import static org.socialmap.tests.common.ModelBuilder.member;
import static org.socialmap.tests.common.ModelBuilder.presence;
import static org.socialmap.tests.common.ModelBuilder.team;
import static org.socialmap.tests.common.ModelBuilder.website;
import static org.socialmap.tests.common.ModelBuilder.withAffinity;

import org.socialmap.model.AffinityStrength;
import org.socialmap.model.Agency;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.Cadence;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Indicator;
import org.socialmap.model.IndicatorMeasure;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.ObjectiveKind;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.Website;
import org.socialmap.tests.common.ModelBuilder;

/** A small agency that sets every feature of the metamodel at least once, with values other than the defaults. */
final class SampleAgency {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;

	private SampleAgency() {
	}

	static Agency create() {
		ClientCompany client = ModelBuilder.client("bookshop", "Libreria Aperta");
		Agency agency = (Agency) client.eContainer();
		agency.setId("studio");
		agency.setName("Studio Rete & Co.");
		agency.setDescription("Digital agency in Milan \u2013 \"social first\" <since 2009>");
		agency.setWebsite("https://studio.example");
		client.setDescription("Independent bookshop");
		client.setCoreBusiness("Selling and recommending books");
		client.setSector("Retail");
		client.setOrganisationModel("forrester.cross-functional");

		Website site = website(client, "site", "libreria-aperta.example");
		site.setDescription("The shop's website");
		site.setUrl("https://libreria-aperta.example");

		Presence facebook = presence(client, "facebook", PresenceStatus.ACTIVE, Cadence.DAILY);
		facebook.setPurpose("Gateway and relational basin");
		facebook.setCoreBusinessContribution("Brings readers to events and the shop");
		facebook.setAudience("Local readers");
		facebook.getContentPillars().add("events");
		facebook.getContentPillars().add("new arrivals");
		facebook.setUrl("https://facebook.com/libreria");
		facebook.setDescription("Main page");
		Presence anobii = presence(client, "anobii", PresenceStatus.PLANNED, Cadence.WEEKLY);
		Presence retired = presence(client, "friendfeed", PresenceStatus.OBSOLETE, Cadence.OCCASIONAL);

		link(client, site, facebook, LinkKind.GATEWAY).setNote("Like box on the home page");
		link(client, retired, anobii, LinkKind.AGGREGATES);
		link(client, facebook, anobii, LinkKind.CROSS_POSTS);

		Team team = team(client, "social-team");
		team.setName("Social team");
		team.setDescription("Cross-functional");
		Member giulia = withAffinity(member(team, "Giulia", BusinessFunction.MARKETING, 6.5), null, "photo", AffinityStrength.STRONG);
		giulia.setRole("Community manager");
		giulia.setDescription("Photo enthusiast");
		Member marco = withAffinity(member(team, "Marco", BusinessFunction.RESEARCH_AND_DEVELOPMENT, 2), "youtube", null,
				AffinityStrength.WEAK);

		curation(facebook, giulia, CurationRole.OWNER, 3);
		curation(facebook, marco, CurationRole.BACKUP, 0.5);
		curation(anobii, marco, CurationRole.CONTRIBUTOR, 1);

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

	private static Presence presence(ClientCompany client, String platform, PresenceStatus status, Cadence cadence) {
		Presence presence = ModelBuilder.presence(client, platform, platform);
		presence.setName(platform + " page");
		presence.setHandle("libreria.aperta");
		presence.setStatus(status);
		presence.setCadence(cadence);
		return presence;
	}
}
