package org.socialmap.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.assignment.Proposal;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.rules.AffinityFit;
import org.socialmap.rules.RuleSettings;
import org.socialmap.tests.common.CommandStackCheck;
import org.socialmap.tests.common.ModelBuilder;

/** Many small random clients: the assistant against trying every assignment. */
class CuratorAssistantOptimalityTest {

	private static final CatalogRegistry CATALOGS = AssignmentFixture.catalogs();
	private static final String[] PLATFORMS = { "facebook", "flickr", "twitter", "vimeo", "youtube", "unknown" };
	private static final String[] KINDS = { "photo", "video", "microblog", "social-network", "aggregator" };
	private static final double[] MEMBER_HOURS = { 0, 0.5, 1, 1.5, 2, 3, 4, 6 };
	private static final double[] CURATION_HOURS = { 0, 0.5, 1, 2 };
	private static final double[] HOURS_PER_ROLE = { 1, 1, 0.5, 1.5 };
	private static final double[] SHARES = { 0.5, 0.5, 0.34, 0.75, 1 };
	private static final int ROUNDS = 1500;

	@Test
	void findsAnAssignmentExactlyWhenOneExistsAndItsFitIsTheBest() {
		Random random = new Random(20_240_601);
		int feasible = 0;
		int infeasible = 0;
		for (int round = 0; round < ROUNDS; round++) {
			ClientCompany client = randomClient(random);
			RuleSettings settings = new RuleSettings(0.5, 1, pick(random, HOURS_PER_ROLE), pick(random, SHARES));
			CuratorAssistant assistant = new CuratorAssistant(CATALOGS, settings);
			for (boolean keepExisting : new boolean[] { true, false }) {
				String label = "round " + round + ", keepExisting=" + keepExisting;
				BruteForceAssignment bruteForce = new BruteForceAssignment(client, keepExisting, settings, CATALOGS);
				OptionalInt best = bruteForce.bestTotalFit();
				AssignmentResult result = assistant.propose(client, keepExisting);
				assertEquals(best.isPresent(), result.feasible(), label + ": " + result.infeasibility());
				if (best.isPresent()) {
					feasible++;
					assertEquals(best.getAsInt(), result.totalFit(), label);
				} else {
					infeasible++;
				}
				checkConstraints(bruteForce, result, label);
				checkApplied(client, assistant, result, keepExisting, label);
			}
		}
		assertTrue(feasible > ROUNDS / 2 && infeasible > ROUNDS / 4, feasible + " feasible, " + infeasible + " infeasible cases");
	}

	/** What every result must satisfy, complete or partial. */
	private static void checkConstraints(BruteForceAssignment problem, AssignmentResult result, String label) {
		int[] given = new int[problem.members.size()];
		Member[] owner = problem.keptOwner.clone();
		Member[] backup = problem.keptBackup.clone();
		int lastPresence = -1;
		CurationRole lastRole = null;
		int totalFit = 0;
		for (Proposal proposal : result.proposals()) {
			int p = problem.presences.indexOf(proposal.presence());
			assertTrue(p >= 0, label + ": only presences to staff get proposals");
			assertTrue(p > lastPresence || p == lastPresence && lastRole == CurationRole.OWNER
					&& proposal.role() == CurationRole.BACKUP, label + ": ordered by presence, owner first");
			Member[] holders = proposal.role() == CurationRole.OWNER ? owner : backup;
			assertEquals(null, holders[p], label + ": a kept or proposed " + proposal.role() + " is not replaced");
			holders[p] = proposal.member();
			int m = problem.members.indexOf(proposal.member());
			assertTrue(m >= 0, label + ": proposed members belong to the client's teams");
			given[m]++;
			assertEquals(new AffinityFit(CATALOGS).of(proposal.member(), proposal.presence().getPlatform()), proposal.fit());
			assertTrue(proposal.reason().startsWith(proposal.member().getName() + ": "), proposal.reason());
			totalFit += proposal.fit();
			lastPresence = p;
			lastRole = proposal.role();
		}
		assertEquals(totalFit, result.totalFit(), label);
		for (int m = 0; m < given.length; m++) {
			assertTrue(given[m] <= problem.maxNewRoles[m], label + ": hours and share limit of " + problem.members.get(m).getName());
		}
		for (int p = 0; p < problem.presences.size(); p++) {
			if (owner[p] != null && backup[p] != null) {
				assertNotEquals(owner[p], backup[p], label + ": owner and backup are two members");
			}
			if (result.feasible()) {
				assertTrue(owner[p] != null && backup[p] != null, label + ": every role is staffed");
			}
		}
	}

	/** Applying on a copy of the client: the same proposals, and the kept curations are still there. */
	private static void checkApplied(ClientCompany client, CuratorAssistant assistant, AssignmentResult result,
			boolean keepExisting, String label) {
		ClientCompany copy = EcoreUtil.copy(client);
		AssignmentResult onCopy = assistant.propose(copy, keepExisting);
		assertEquals(describe(result), describe(onCopy), label + ": the same model gets the same proposals");
		List<Curation> staying = new ArrayList<>();
		List<Curation> reassigned = new ArrayList<>();
		for (Presence presence : copy.getPresences()) {
			for (Curation curation : presence.getCurations()) {
				boolean goes = !keepExisting && curation.getRole() != CurationRole.CONTRIBUTOR
						&& presence.getStatus() != PresenceStatus.OBSOLETE;
				(goes ? reassigned : staying).add(curation);
			}
		}
		if (onCopy.changesModel()) {
			CommandStackCheck check = new CommandStackCheck(copy);
			check.executeUndoRedo(onCopy.command(check.domain()));
		}
		assertTrue(staying.stream().allMatch(c -> c.eContainer() != null), label + ": kept curations stay");
		assertTrue(reassigned.stream().allMatch(c -> c.eContainer() == null && c.getMember() == null),
				label + ": reassigned curations go, and leave their members' lists");
		int added = copy.getPresences().stream().mapToInt(p -> p.getCurations().size()).sum() - staying.size();
		assertEquals(onCopy.proposals().size(), added, label);
	}

	private static List<String> describe(AssignmentResult result) {
		List<String> lines = new ArrayList<>();
		for (Proposal proposal : result.proposals()) {
			lines.add(proposal.presence().getId() + " " + proposal.role() + " " + proposal.member().getId() + " "
					+ proposal.fit() + " " + proposal.reason());
		}
		lines.add(String.valueOf(result.infeasibility()));
		return lines;
	}

	private static ClientCompany randomClient(Random random) {
		ClientCompany client = ModelBuilder.client("client", "Bottega");
		List<Team> teams = new ArrayList<>();
		for (int t = 0, count = 1 + random.nextInt(2); t < count; t++) {
			teams.add(ModelBuilder.team(client, "team" + t));
		}
		List<Member> members = new ArrayList<>();
		for (int m = 0, count = 1 + random.nextInt(5); m < count; m++) {
			Member member = ModelBuilder.member(teams.get(random.nextInt(teams.size())), "M" + m,
					pick(random, MEMBER_HOURS));
			for (int a = random.nextInt(3); a > 0; a--) {
				AffinityStrength strength = AffinityStrength.VALUES.get(random.nextInt(AffinityStrength.VALUES.size()));
				if (random.nextBoolean()) {
					ModelBuilder.withPlatformAffinity(member, PLATFORMS[random.nextInt(PLATFORMS.length)], strength);
				} else {
					ModelBuilder.withKindAffinity(member, KINDS[random.nextInt(KINDS.length)], strength);
				}
			}
			members.add(member);
		}
		for (int p = 0, count = 1 + random.nextInt(4); p < count; p++) {
			Presence presence = ModelBuilder.presence(client, "p" + p, PLATFORMS[random.nextInt(PLATFORMS.length)]);
			presence.setStatus(random.nextDouble() < 0.15 ? PresenceStatus.OBSOLETE
					: PresenceStatus.VALUES.get(random.nextInt(3)));
			Member owner = random.nextDouble() < 0.4 ? members.get(random.nextInt(members.size())) : null;
			if (owner != null) {
				ModelBuilder.curation(presence, owner, CurationRole.OWNER, pick(random, CURATION_HOURS));
			}
			Member backup = random.nextDouble() < 0.4 ? members.get(random.nextInt(members.size())) : null;
			if (backup != null && backup != owner) {
				ModelBuilder.curation(presence, backup, CurationRole.BACKUP, pick(random, CURATION_HOURS));
			}
			if (random.nextDouble() < 0.3) {
				ModelBuilder.curation(presence, members.get(random.nextInt(members.size())), CurationRole.CONTRIBUTOR,
						pick(random, CURATION_HOURS));
			}
			if (owner != null && random.nextDouble() < 0.05) {
				ModelBuilder.curation(presence, members.get(random.nextInt(members.size())), CurationRole.OWNER,
						pick(random, CURATION_HOURS));
			}
		}
		assertFalse(client.getPresences().isEmpty());
		return client;
	}

	private static double pick(Random random, double[] values) {
		return values[random.nextInt(values.length)];
	}
}
