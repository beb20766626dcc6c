package org.socialmap.assignment;

import static org.socialmap.assignment.AssignmentFlow.NONE;

import java.util.ArrayList;
import java.util.List;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.workload.Workload;
import org.socialmap.rules.AffinityFit;
import org.socialmap.rules.RuleSettings;

/**
 * Proposes an owner and a backup for every presence of a client, so that management does not rest
 * on a single person and curators fit their platforms.
 * <p>
 * The model:
 * <ul>
 * <li>The members are those of all the client's teams; the presences to staff are all but the
 * obsolete ones. Each has two roles, owner and backup, held by two different members.</li>
 * <li>Contributor curations always stay, and so do the curations of obsolete presences. Existing
 * owner and backup curations stay too unless the caller reassigns them; a presence's first owner
 * and first backup curation then fill its roles (further ones only take hours).</li>
 * <li>Every proposed role takes {@code hoursPerRole} weekly hours. A member can take
 * floor((weekly hours - curated hours of their curations that stay) / hoursPerRole) roles, curated
 * hours as {@link Workload} defines them for the rules and the report too.</li>
 * <li>No member holds more than floor(maxShareOfRoles x total roles) roles, kept ones included,
 * where total roles is twice the number of presences to staff.</li>
 * <li>Objective: the highest total {@link AffinityFit} (0 to 3) of the proposed roles, owner and
 * backup weighing the same. Of the two members proposed for a presence the better fitting one is
 * the owner, the earlier in model order on a tie.</li>
 * <li>Among equally good assignments the choice depends only on the model order of members and
 * presences (never on hashing), so the same model always gets the same proposals.</li>
 * </ul>
 * The assignment is a minimum-cost maximum flow, source -> member (the roles they may still take)
 * -> presence (one role per member and presence) -> sink (the presence's open roles), each pair
 * costing {@link AffinityFit#BEST} minus its fit; see {@link org.socialmap.assignment.internal.MinCostFlow}. When some open role
 * cannot be staffed, the result names the failing constraint and its proposals are the best partial
 * assignment: as many roles as the limits allow, at the highest fit, a lone member on a presence
 * with both roles open being its owner.
 * <p>
 * Time and memory grow with members x presences: for 2,000 members and 10,000 presences, a few
 * seconds and about 1 GB of heap (see {@code AssignmentBenchmark}).
 */
public final class CuratorAssistant {

	/** The order of a presence's proposals. */
	private static final List<CurationRole> ROLES = List.of(CurationRole.OWNER, CurationRole.BACKUP);

	private final AffinityFit affinityFit;
	private final ReasonWriter reasons;
	private final RuleSettings settings;

	public CuratorAssistant(CatalogRegistry catalogs, RuleSettings settings) {
		this.affinityFit = new AffinityFit(catalogs);
		this.reasons = new ReasonWriter(catalogs);
		this.settings = settings;
	}

	/** keepExisting=false reassigns every owner and backup (existing contributors are always kept). */
	public AssignmentResult propose(ClientCompany client, boolean keepExisting) {
		AssignmentProblem problem = AssignmentProblem.of(client, keepExisting, settings);
		FitTable fits = new FitTable(affinityFit, problem.members, problem.presences);
		int[][] chosen = new AssignmentFlow(problem, fits).solve();

		int presenceCount = problem.presences.size();
		int[] owner = new int[presenceCount];
		int[] backup = new int[presenceCount];
		int[] staffed = new int[presenceCount];
		int[] newRoles = new int[problem.members.size()];
		for (int p = 0; p < presenceCount; p++) {
			splitRoles(problem, fits, p, chosen[p], owner, backup);
			for (int m : chosen[p]) {
				if (m != NONE) {
					staffed[p]++;
					newRoles[m]++;
				}
			}
		}

		List<Proposal> proposals = new ArrayList<>();
		int totalFit = 0;
		for (int p = 0; p < presenceCount; p++) {
			for (CurationRole role : ROLES) {
				int m = role == CurationRole.OWNER ? owner[p] : backup[p];
				if (m != NONE) {
					Member member = problem.members.get(m);
					Presence presence = problem.presences.get(p);
					int fit = fits.fit(m, p);
					double hoursUsed = problem.keptHours[m] + newRoles[m] * problem.hoursPerRole;
					proposals.add(new Proposal(presence, role, member, fit,
							reasons.reason(member, presence.getPlatform(), fit, hoursUsed)));
					totalFit += fit;
				}
			}
		}
		return new AssignmentResult(proposals, totalFit, Infeasibility.of(problem, staffed), problem.replaced,
				problem.hoursPerRole);
	}

	/** Fills the presence's open roles with the chosen members: the better fitting one owns. */
	private static void splitRoles(AssignmentProblem problem, FitTable fits, int p, int[] chosen, int[] owner, int[] backup) {
		owner[p] = NONE;
		backup[p] = NONE;
		int first = chosen[0];
		int second = chosen[1];
		if (second != NONE && fits.fit(second, p) > fits.fit(first, p)) {
			first = chosen[1];
			second = chosen[0];
		}
		if (problem.keptOwner[p] == null) {
			owner[p] = first;
			backup[p] = problem.keptBackup[p] == null ? second : NONE;
		} else {
			backup[p] = first;
		}
	}
}
