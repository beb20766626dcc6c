package org.socialmap.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.tests.common.ModelBuilder.curation;
import static org.socialmap.tests.common.ModelBuilder.member;
import static org.socialmap.tests.common.ModelBuilder.presence;
import static org.socialmap.tests.common.ModelBuilder.team;
import static org.socialmap.tests.common.ModelBuilder.withKindAffinity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.assignment.Proposal;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.model.workload.Workload;
import org.socialmap.report.AuditReport;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;
import org.socialmap.tests.common.ModelBuilder;

/**
 * A member's curated hours read the same in the rules, the assistant and the report. Ada has 8 h a
 * week: she owns the Facebook page (4 h), contributes to Flickr (2 h) and is still backup of the
 * obsolete FriendFeed feed (3 h, which takes no time any more): 6 h everywhere.
 */
class CuratedHoursTest {

	private final CatalogRegistry catalogs = Catalogs.registry();
	private final ClientCompany client = ModelBuilder.client("client", "client");
	private final Team team = team(client, "team");
	private final Member ada = withKindAffinity(member(team, "Ada", 8), "photo", AffinityStrength.STRONG);
	private final Member cy = member(team, "Cy", 2);

	CuratedHoursTest() {
		Presence facebook = presence(client, "facebook", "facebook");
		curation(facebook, ada, CurationRole.OWNER, 4);
		curation(facebook, cy, CurationRole.BACKUP, 1);
		Presence flickr = presence(client, "flickr", "flickr");
		curation(flickr, ada, CurationRole.CONTRIBUTOR, 2);
		curation(flickr, cy, CurationRole.BACKUP, 1);
		Presence friendFeed = presence(client, "friendfeed", "friendfeed");
		friendFeed.setStatus(PresenceStatus.OBSOLETE);
		curation(friendFeed, ada, CurationRole.BACKUP, 3);
	}

	private Agency agency() {
		return (Agency) client.eContainer();
	}

	@Test
	void theRulesTheAssistantAndTheReportCountTheSameHours() {
		assertEquals(6, Workload.curatedHours(ada));

		RuleSettings tightHours = new RuleSettings(1.0, 0.7, 1.0, 1.0);
		List<Finding> findings = Validation.validate(agency(), catalogs, tightHours, Rules.installed());
		assertTrue(findings.stream().anyMatch(f -> f.message().equals(
				"Member 'Ada' curates 6 h a week for 'client' but has 8 h for social work: move some curations or give them time.")),
				findings.stream().map(Finding::message).toList().toString());

		AssignmentResult result = new CuratorAssistant(catalogs, tightHours).propose(client, true);
		Proposal adaOwnsFlickr = result.proposals().stream().filter(p -> p.member() == ada).findFirst().orElseThrow();
		assertEquals("Ada: strong affinity with photo sharing platforms (Flickr); 7 of 8 h/week used", adaOwnsFlickr.reason(),
				"6 h curated, and 1 h for the proposed role");

		String html = new AuditReport(catalogs, Rules.installed()).render(agency(), "hours.socialmap", findings, Map.of(client, result), Map.of());
		assertTrue(html.contains("<td>Ada</td><td>team</td><td>marketing</td><td></td><td>6 / 8</td>"), html);
	}
}
