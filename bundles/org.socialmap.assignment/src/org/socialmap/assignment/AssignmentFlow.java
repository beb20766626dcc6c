package org.socialmap.assignment;

import java.util.Arrays;

import org.socialmap.assignment.internal.MinCostFlow;
import org.socialmap.rules.AffinityFit;

/**
 * The assignment as a flow: source -> member (capacity: the roles the member may still take) ->
 * presence (capacity 1 per pair, so owner and backup are two members; cost: how far the member's
 * fit is from the best) -> sink (capacity: the presence's open roles). A minimum-cost maximum flow
 * staffs as many roles as possible with the highest total fit.
 */
final class AssignmentFlow {

	/** Pads the members chosen for a presence where roles stay open. */
	static final int NONE = -1;

	private final AssignmentProblem problem;
	private final FitTable fits;

	AssignmentFlow(AssignmentProblem problem, FitTable fits) {
		this.problem = problem;
		this.fits = fits;
	}

	/**
	 * Per presence, the members given its open roles, in member order; NONE pads what stays open.
	 * The pair edges are added member by member in model order, and read back in the same order.
	 */
	int[][] solve() {
		int memberCount = problem.members.size();
		int presenceCount = problem.presences.size();
		int source = 0;
		int sink = 1 + memberCount + presenceCount;
		MinCostFlow flow = new MinCostFlow(sink + 1, countEdges());
		for (int m = 0; m < memberCount; m++) {
			flow.addEdge(source, memberNode(m), problem.capacity[m], 0);
		}
		for (int p = 0; p < presenceCount; p++) {
			flow.addEdge(presenceNode(p), sink, problem.openRoles(p), 0);
		}
		int firstPairEdge = flow.edgeCount();
		for (int m = 0; m < memberCount; m++) {
			for (int p = 0; p < presenceCount; p++) {
				if (isCandidate(m, p)) {
					flow.addEdge(memberNode(m), presenceNode(p), 1, AffinityFit.BEST - fits.fit(m, p));
				}
			}
		}
		flow.solve(source, sink);

		int[][] chosen = new int[presenceCount][2];
		for (int[] members : chosen) {
			Arrays.fill(members, NONE);
		}
		int edge = firstPairEdge;
		for (int m = 0; m < memberCount; m++) {
			for (int p = 0; p < presenceCount; p++) {
				if (isCandidate(m, p) && flow.flow(edge++) > 0) {
					chosen[p][chosen[p][0] == NONE ? 0 : 1] = m;
				}
			}
		}
		return chosen;
	}

	/** Members who can take no role get no pair edges: the big graphs are mostly these edges. */
	private boolean isCandidate(int member, int presence) {
		return problem.capacity[member] > 0 && problem.openRoles(presence) > 0
				&& !problem.keepsRoleOn(presence, problem.members.get(member));
	}

	private int countEdges() {
		int edges = problem.members.size() + problem.presences.size();
		for (int m = 0; m < problem.members.size(); m++) {
			for (int p = 0; p < problem.presences.size(); p++) {
				if (isCandidate(m, p)) {
					edges++;
				}
			}
		}
		return edges;
	}

	private static int memberNode(int member) {
		return 1 + member;
	}

	private int presenceNode(int presence) {
		return 1 + problem.members.size() + presence;
	}
}
