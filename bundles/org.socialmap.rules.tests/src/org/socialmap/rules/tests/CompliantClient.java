package org.socialmap.rules.tests;

import static org.socialmap.tests.common.ModelBuilder.curation;
import static org.socialmap.tests.common.ModelBuilder.link;
import static org.socialmap.tests.common.ModelBuilder.member;
import static org.socialmap.tests.common.ModelBuilder.team;
import static org.socialmap.tests.common.ModelBuilder.website;
import static org.socialmap.tests.common.ModelBuilder.withKindAffinity;
import static org.socialmap.tests.common.ModelBuilder.withPlatformAffinity;

import org.socialmap.model.AffinityStrength;
import org.socialmap.model.Agency;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.Team;
import org.socialmap.model.Website;
import org.socialmap.tests.common.ModelBuilder;

/**
 * A client that every built-in rule accepts: a website with a gateway into Facebook, a Flickr
 * photostream, and a cross-functional team of four where each presence has an owner and a backup
 * who are at ease on its platform. Tests break one thing at a time.
 */
final class CompliantClient {

	final ClientCompany client = ModelBuilder.client("client", "Bottega");
	final Agency agency = (Agency) client.eContainer();
	final Website website = website(client, "site", "Bottega website");
	final Presence facebook = presence("facebook-page", "facebook");
	final Presence flickr = presence("flickr-photos", "flickr");
	final Link gateway = link(client, website, facebook, LinkKind.GATEWAY);
	final Team team = team(client, "team");
	final Member ada = withKindAffinity(member(team, "Ada", BusinessFunction.MARKETING, 4), "social-network", AffinityStrength.STRONG);
	final Member bo = withKindAffinity(member(team, "Bo", BusinessFunction.RESEARCH_AND_DEVELOPMENT, 4), "photo", AffinityStrength.STRONG);
	final Member cy = withPlatformAffinity(member(team, "Cy", BusinessFunction.SALES, 4), "facebook", AffinityStrength.MODERATE);
	final Member di = withKindAffinity(member(team, "Di", BusinessFunction.HUMAN_RESOURCES, 4), "photo", AffinityStrength.MODERATE);

	CompliantClient() {
		client.setCoreBusiness("Handmade furniture");
		client.setOrganisationModel("forrester.cross-functional");
		team.setName("Social team");
		curation(facebook, ada, CurationRole.OWNER, 2);
		curation(facebook, cy, CurationRole.BACKUP, 1);
		curation(flickr, bo, CurationRole.OWNER, 2);
		curation(flickr, di, CurationRole.BACKUP, 1);
	}

	/** A presence with a purpose and a tie to the core business, so that it is no showcase. */
	Presence presence(String id, String platform) {
		Presence presence = ModelBuilder.presence(client, id, platform);
		presence.setPurpose("Shows the workshop");
		presence.setCoreBusinessContribution("Brings buyers to the showroom");
		return presence;
	}

	/** The presence's first curation with this role. */
	static Curation curationOf(Presence presence, CurationRole role) {
		return presence.getCurations().stream().filter(c -> c.getRole() == role).findFirst().orElseThrow();
	}
}
