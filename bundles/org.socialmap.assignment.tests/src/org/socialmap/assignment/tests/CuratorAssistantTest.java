package org.socialmap.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.model.AffinityStrength.MODERATE;
import static org.socialmap.model.AffinityStrength.STRONG;
import static org.socialmap.model.AffinityStrength.WEAK;
import static org.socialmap.model.CurationRole.BACKUP;
import static org.socialmap.model.CurationRole.CONTRIBUTOR;
import static org.socialmap.model.CurationRole.OWNER;
import static org.socialmap.tests.common.ModelBuilder.curation;
import static org.socialmap.tests.common.ModelBuilder.member;
import static org.socialmap.tests.common.ModelBuilder.presence;
import static org.socialmap.tests.common.ModelBuilder.team;
import static org.socialmap.tests.common.ModelBuilder.withKindAffinity;
import static org.socialmap.tests.common.ModelBuilder.withPlatformAffinity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.assignment.Proposal;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.rules.RuleSettings;
import org.socialmap.tests.common.CommandStackCheck;
import org.socialmap.tests.common.ModelBuilder;

class CuratorAssistantTest {

	private final ClientCompany client = ModelBuilder.client("client", "Bottega");
	private final Team team = team(client, "team");
	private final CuratorAssistant assistant = new CuratorAssistant(AssignmentFixture.catalogs(), RuleSettings.defaults());

	@Test
	void theBestFittingMembersOwnAndBackUpWithTheirReasons() {
		Presence flickr = presence(client, "Flickr photostream", "flickr");
		Member luca = withKindAffinity(member(team, "Luca", 6), "photo", STRONG);
		Member anna = withPlatformAffinity(member(team, "Anna", 4), "flickr", WEAK);
		member(team, "Marco", 4);

		AssignmentResult result = assistant.propose(client, true);

		assertEquals(List.of(
				new Proposal(flickr, OWNER, luca, 3, "Luca: strong affinity with photo sharing platforms (Flickr); 1 of 6 h/week used"),
				new Proposal(flickr, BACKUP, anna, 1, "Anna: weak affinity with Flickr; 1 of 4 h/week used")),
				result.proposals());
		assertEquals(4, result.totalFit());
		assertEquals(Optional.empty(), result.infeasibility());
	}

	/** Taking Ann for Flickr, the first presence, would leave YouTube to members with no affinity. */
	@Test
	void maximisesTheTotalFitRatherThanFillingPresencesOneByOne() {
		presence(client, "Flickr", "flickr");
		presence(client, "YouTube", "youtube");
		withPlatformAffinity(withKindAffinity(member(team, "Ann", 1), "photo", STRONG), "youtube", STRONG);
		withPlatformAffinity(member(team, "Bo", 1), "flickr", MODERATE);
		withPlatformAffinity(member(team, "Cy", 1), "flickr", MODERATE);
		member(team, "Di", 1);

		AssignmentResult result = assistant.propose(client, true);

		assertEquals(7, result.totalFit());
		assertEquals(List.of("Flickr owner bo", "Flickr backup cy", "YouTube owner ann", "YouTube backup di"),
				result.proposals().stream().map(p -> p.presence().getId() + " " + p.role() + " " + p.member().getId()).toList());
		assertEquals("Di: no affinity with YouTube; 1 of 1 h/week used", result.proposals().get(3).reason());
	}

	@Test
	void keepsTheExistingOwnerAndProposesOnlyTheBackup() {
		Presence flickr = presence(client, "Flickr", "flickr");
		Member luca = withKindAffinity(member(team, "Luca", 6), "photo", STRONG);
		Member anna = withKindAffinity(member(team, "Anna", 6), "photo", MODERATE);
		curation(flickr, anna, OWNER, 2);

		AssignmentResult kept = assistant.propose(client, true);
		assertEquals(List.of(new Proposal(flickr, BACKUP, luca, 3, "Luca: strong affinity with photo sharing platforms (Flickr); 1 of 6 h/week used")),
				kept.proposals());

		AssignmentResult reassigned = assistant.propose(client, false);
		assertEquals(List.of("owner luca", "backup anna"),
				reassigned.proposals().stream().map(p -> p.role() + " " + p.member().getId()).toList());
		assertEquals("Anna: moderate affinity with photo sharing platforms (Flickr); 1 of 6 h/week used",
				reassigned.proposals().get(1).reason(), "her old 2 h owner curation no longer counts");
	}

	@Test
	void contributorsKeepTheirHoursAndObsoletePresencesTakeNoneNorGetProposals() {
		Presence flickr = presence(client, "Flickr", "flickr");
		Presence friendFeed = presence(client, "FriendFeed", "friendfeed");
		friendFeed.setStatus(PresenceStatus.OBSOLETE);
		Member luca = withKindAffinity(member(team, "Luca", 3), "photo", STRONG);
		Member anna = member(team, "Anna", 2);
		member(team, "Marco", 2);
		curation(flickr, luca, CONTRIBUTOR, 1);
		curation(friendFeed, luca, OWNER, 1); // an obsolete presence takes nobody's time
		curation(friendFeed, anna, BACKUP, 2);

		AssignmentResult result = assistant.propose(client, false);

		assertEquals(List.of("Luca: strong affinity with photo sharing platforms (Flickr); 2 of 3 h/week used",
				"Anna: no affinity with Flickr; 1 of 2 h/week used"),
				result.proposals().stream().map(Proposal::reason).toList());
		assertTrue(result.proposals().stream().allMatch(p -> p.presence() == flickr));
	}

	/** The validation reports impossible hours; the assistant counts them as none, and runs. */
	@ParameterizedTest(name = "weeklyHours {0}")
	@ValueSource(doubles = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -3, 1e308 })
	void impossibleHoursCountAsNone(double impossible) {
		presence(client, "Flickr", "flickr");
		Presence youTube = presence(client, "YouTube", "youtube");
		withKindAffinity(member(team, "Luca", impossible), "photo", STRONG);
		Member anna = member(team, "Anna", 3);
		Member marco = member(team, "Marco", 2);
		curation(youTube, anna, CONTRIBUTOR, impossible);

		AssignmentResult result = assistant.propose(client, true);

		assertEquals(List.of("Flickr owner Anna: no affinity with Flickr; 2 of 3 h/week used",
				"Flickr backup Marco: no affinity with Flickr; 2 of 2 h/week used",
				"YouTube owner Anna: no affinity with YouTube; 2 of 3 h/week used",
				"YouTube backup Marco: no affinity with YouTube; 2 of 2 h/week used"),
				result.proposals().stream().map(p -> p.presence().getName() + " " + p.role() + " " + p.reason()).toList());
		assertEquals(Optional.empty(), result.infeasibility());
	}

	@Test
	void aClientWithNothingToStaffNeedsNoOne() {
		AssignmentResult result = assistant.propose(client, true);
		assertEquals(new AssignmentResult(List.of(), 0, Optional.empty(), List.of(), 1), result);
		assertTrue(result.feasible());
	}

	@Test
	void oneMemberCannotBeOwnerAndBackup() {
		presence(client, "Flickr", "flickr");
		member(team, "Luca", 10);
		assertInfeasible("each presence needs an owner and a backup from two different members, but the team has 1 member");
	}

	@Test
	void tooFewHoursForAllRoles() {
		for (String platform : List.of("flickr", "youtube", "twitter")) {
			presence(client, platform, platform);
		}
		Member ann = member(team, "Ann", 2);
		Member bo = member(team, "Bo", 2.5);
		AssignmentResult result = assertInfeasible("the team's weekly hours allow 4 roles at 1 h each, the map needs 6");
		assertEquals(4, result.proposals().size(), "the best partial assignment");
		assertEquals(2, result.proposals().stream().filter(p -> p.member() == ann).count());
		assertEquals(2, result.proposals().stream().filter(p -> p.member() == bo).count());
	}

	@Test
	void tooFewHoursLeftByTheCurationsThatStay() {
		Presence flickr = presence(client, "Flickr", "flickr");
		presence(client, "YouTube", "youtube");
		Member ann = member(team, "Ann", 3);
		member(team, "Bo", 0.5);
		curation(flickr, ann, OWNER, 2);
		assertInfeasible("the team's weekly hours left by the curations that stay allow 1 role at 1 h each, the map needs 3 more");
	}

	@Test
	void theShareLimitLeavesRolesOpen() {
		for (String platform : List.of("flickr", "youtube", "twitter")) {
			presence(client, platform, platform);
		}
		member(team, "Ann", 10);
		member(team, "Bo", 1);
		member(team, "Cy", 0);
		assertInfeasible("no member may hold more than 50% of the 6 roles (3 each), so at least 2 members must share them; "
				+ "within that limit the members' free hours cover 4 of the 6 roles still needed");
	}

	@Test
	void limitsThatOnlyFailTogetherNameTheUncoveredPresences() {
		presence(client, "Flickr", "flickr");
		presence(client, "Channel", "youtube");
		member(team, "Ann", 10);
		withPlatformAffinity(member(team, "Bo", 1), "flickr", STRONG);
		CuratorAssistant unlimitedShare = new CuratorAssistant(AssignmentFixture.catalogs(), new RuleSettings(0.5, 1, 1, 1));
		AssignmentResult result = unlimitedShare.propose(client, true);
		assertEquals(Optional.of("no assignment satisfies hours and share limits together with owner and backup from "
				+ "different members; left uncovered: Channel (backup)"), result.infeasibility());
		assertEquals(3, result.proposals().size());
	}

	@Test
	void theSameModelAlwaysGetsTheSameProposals() {
		randomMap(client, new Random(5), 30, 40);
		AssignmentResult first = assistant.propose(client, true);
		assertEquals(first, assistant.propose(client, true));
		// a copy hashes differently, which must not matter
		ClientCompany copy = EcoreUtil.copy(client);
		assertEquals(describe(first), describe(assistant.propose(copy, true)));
		assertEquals(describe(assistant.propose(client, false)), describe(assistant.propose(copy, false)));
	}

	@Test
	void anotherMemberOrderMayBreakTiesOtherwiseButFitsAsWell() {
		randomMap(client, new Random(9), 12, 15);
		ClientCompany shuffled = EcoreUtil.copy(client);
		Random random = new Random(1);
		shuffle(shuffled.getTeams(), random);
		for (Team shuffledTeam : shuffled.getTeams()) {
			shuffle(shuffledTeam.getMembers(), random);
		}
		for (boolean keepExisting : new boolean[] { true, false }) {
			AssignmentResult original = assistant.propose(client, keepExisting);
			AssignmentResult reordered = assistant.propose(shuffled, keepExisting);
			assertTrue(original.feasible());
			assertEquals(original.feasible(), reordered.feasible());
			assertEquals(original.totalFit(), reordered.totalFit());
			assertEquals(original.proposals().size(), reordered.proposals().size());
		}
	}

	@Test
	void applyingAddsTheProposedCurationsAsOneUndoableCommand() {
		Presence flickr = presence(client, "Flickr", "flickr");
		Member luca = withKindAffinity(member(team, "Luca", 6), "photo", STRONG);
		Member anna = member(team, "Anna", 6);
		Curation contribution = curation(flickr, anna, CONTRIBUTOR, 1);
		CuratorAssistant oneAndAHalfHours = new CuratorAssistant(AssignmentFixture.catalogs(), new RuleSettings(0.5, 1, 1.5, 0.5));

		applyThroughTheCommandStack(oneAndAHalfHours.propose(client, true));

		assertEquals(List.of("contributor anna 1.0", "owner luca 1.5", "backup anna 1.5"), describe(flickr));
		assertEquals(1, luca.getCurations().size());
		assertEquals(flickr, luca.getCurations().get(0).getPresence());
		assertTrue(anna.getCurations().contains(contribution));
	}

	@Test
	void applyingWhenReassigningReplacesTheOldOwnerAndBackupAsOneUndoableCommand() {
		Presence flickr = presence(client, "Flickr", "flickr");
		Member luca = withKindAffinity(member(team, "Luca", 6), "photo", STRONG);
		Member anna = withKindAffinity(member(team, "Anna", 6), "photo", MODERATE);
		Member marco = member(team, "Marco", 6);
		curation(flickr, marco, OWNER, 2);
		curation(flickr, anna, CONTRIBUTOR, 1);
		Curation oldBackup = curation(flickr, luca, BACKUP, 1);

		applyThroughTheCommandStack(assistant.propose(client, false));

		assertEquals(List.of("contributor anna 1.0", "owner luca 1.0", "backup anna 1.0"), describe(flickr));
		assertTrue(marco.getCurations().isEmpty(), "the old owner's curation is gone from his list too");
		assertFalse(luca.getCurations().contains(oldBackup));
	}

	/** As the command line and the editors apply proposals: one command, which undo and redo take back and forth. */
	private void applyThroughTheCommandStack(AssignmentResult result) {
		CommandStackCheck check = new CommandStackCheck(client);
		check.executeUndoRedo(result.command(check.domain()));
	}

	private AssignmentResult assertInfeasible(String message) {
		AssignmentResult result = assistant.propose(client, true);
		assertFalse(result.feasible());
		assertEquals(Optional.of(message), result.infeasibility());
		return result;
	}

	/** Members with random affinities over several teams, presences with some curations already. */
	private static void randomMap(ClientCompany client, Random random, int memberCount, int presenceCount) {
		String[] platforms = { "facebook", "flickr", "twitter", "vimeo", "youtube" };
		String[] kinds = { "photo", "video", "microblog", "aggregator" };
		List<Member> members = new ArrayList<>();
		for (int m = 0; m < memberCount; m++) {
			Team memberTeam = client.getTeams().size() > m % 3 ? client.getTeams().get(m % 3) : team(client, "team" + m);
			Member member = member(memberTeam, "M" + m, 4 + random.nextInt(6));
			withPlatformAffinity(member, platforms[random.nextInt(platforms.length)], STRONG);
			withKindAffinity(member, kinds[random.nextInt(kinds.length)], MODERATE);
			members.add(member);
		}
		for (int p = 0; p < presenceCount; p++) {
			Presence presence = presence(client, "p" + p, platforms[random.nextInt(platforms.length)]);
			if (random.nextInt(3) == 0) {
				curation(presence, members.get(random.nextInt(memberCount)), OWNER, 1);
			}
		}
	}

	/** Containment lists refuse duplicates, so Collections.shuffle cannot work on them in place. */
	private static <T> void shuffle(List<T> list, Random random) {
		List<T> order = new ArrayList<>(list);
		Collections.shuffle(order, random);
		list.clear();
		list.addAll(order);
	}

	private static List<String> describe(AssignmentResult result) {
		return result.proposals().stream().map(p -> p.presence().getId() + " " + p.role() + " " + p.member().getId()
				+ " " + p.fit() + " " + p.reason()).toList();
	}

	private static List<String> describe(Presence presence) {
		return presence.getCurations().stream().map(c -> c.getRole() + " " + c.getMember().getId() + " " + c.getWeeklyHours())
				.toList();
	}
}
