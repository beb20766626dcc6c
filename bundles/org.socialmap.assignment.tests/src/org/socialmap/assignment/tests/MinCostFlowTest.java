package org.socialmap.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.socialmap.assignment.internal.MinCostFlow;
import org.socialmap.assignment.internal.MinCostFlow.Solution;

class MinCostFlowTest {

	@Test
	void sendsAlongASinglePathUpToItsNarrowestEdge() {
		MinCostFlow flow = new MinCostFlow(3, 2);
		int first = flow.addEdge(0, 1, 5, 2);
		int second = flow.addEdge(1, 2, 3, 1);
		assertEquals(new Solution(3, 9), flow.solve(0, 2));
		assertEquals(3, flow.flow(first));
		assertEquals(3, flow.flow(second));
	}

	@Test
	void fillsTheCheaperPathFirstThenTheDearerOne() {
		MinCostFlow flow = new MinCostFlow(4, 4);
		int cheapIn = flow.addEdge(0, 1, 2, 0);
		flow.addEdge(1, 3, 2, 1);
		int dearIn = flow.addEdge(0, 2, 5, 0);
		flow.addEdge(2, 3, 1, 3);
		assertEquals(new Solution(3, 2 * 1 + 3), flow.solve(0, 3));
		assertEquals(2, flow.flow(cheapIn));
		assertEquals(1, flow.flow(dearIn));
	}

	/** Greedy takes w1-j1 (cost 0) and is left with w2-j2 (cost 3); the optimum sends w1's unit back. */
	@Test
	void reroutesEarlierFlowWhenThatIsCheaperOverall() {
		MinCostFlow flow = new MinCostFlow(6, 8);
		flow.addEdge(0, 1, 1, 0);
		flow.addEdge(0, 2, 1, 0);
		int w1j1 = flow.addEdge(1, 3, 1, 0);
		int w1j2 = flow.addEdge(1, 4, 1, 1);
		int w2j1 = flow.addEdge(2, 3, 1, 1);
		int w2j2 = flow.addEdge(2, 4, 1, 3);
		flow.addEdge(3, 5, 1, 0);
		flow.addEdge(4, 5, 1, 0);
		assertEquals(new Solution(2, 2), flow.solve(0, 5));
		assertArrayEquals(new int[] { 0, 1, 1, 0 },
				new int[] { flow.flow(w1j1), flow.flow(w1j2), flow.flow(w2j1), flow.flow(w2j2) });
	}

	@Test
	void anUnreachableSinkGetsNoFlow() {
		MinCostFlow flow = new MinCostFlow(4, 2);
		int edge = flow.addEdge(0, 1, 4, 1);
		flow.addEdge(2, 3, 4, 1);
		assertEquals(new Solution(0, 0), flow.solve(0, 3));
		assertEquals(0, flow.flow(edge));
	}

	@Test
	void parallelAndEmptyEdgesAreFine() {
		MinCostFlow flow = new MinCostFlow(2, 1); // more edges than expected: the arrays grow
		int empty = flow.addEdge(0, 1, 0, 0);
		int dear = flow.addEdge(0, 1, 2, 3);
		int cheap = flow.addEdge(0, 1, 1, 1);
		assertEquals(new Solution(3, 1 + 2 * 3), flow.solve(0, 1));
		assertEquals(0, flow.flow(empty));
		assertEquals(2, flow.flow(dear));
		assertEquals(1, flow.flow(cheap));
		assertEquals(3, flow.edgeCount());
	}

	/** Zero-cost cycles must not trap the search: a cycle 1-2-3-1 beside the path. */
	@Test
	void zeroCostCyclesDoNotStopTheSearch() {
		MinCostFlow flow = new MinCostFlow(5, 6);
		flow.addEdge(0, 1, 2, 0);
		flow.addEdge(1, 2, 2, 0);
		flow.addEdge(2, 3, 2, 0);
		flow.addEdge(3, 1, 2, 0);
		flow.addEdge(3, 4, 1, 2);
		flow.addEdge(2, 4, 1, 1);
		assertEquals(new Solution(2, 3), flow.solve(0, 4));
	}

	/** A path of 200,000 edges: the search keeps its path in an array, not on the call stack. */
	@Test
	void veryLongPathsNeedNoDeepRecursion() {
		int nodes = 200_001;
		MinCostFlow flow = new MinCostFlow(nodes, nodes - 1);
		for (int node = 0; node + 1 < nodes; node++) {
			flow.addEdge(node, node + 1, 1, node % 4);
		}
		long cost = 0;
		for (int node = 0; node + 1 < nodes; node++) {
			cost += node % 4;
		}
		assertEquals(new Solution(1, cost), flow.solve(0, nodes - 1));
	}

	/** Random assignment problems against every permutation: the flow finds the cheapest. */
	@Test
	void solvesRandomAssignmentsAsCheaplyAsBruteForce() {
		Random random = new Random(7);
		for (int round = 0; round < 300; round++) {
			int n = 1 + random.nextInt(6);
			int[][] costs = new int[n][n];
			MinCostFlow flow = new MinCostFlow(2 * n + 2, n * n + 2 * n);
			int sink = 2 * n + 1;
			for (int i = 0; i < n; i++) {
				flow.addEdge(0, 1 + i, 1, 0);
				flow.addEdge(1 + n + i, sink, 1, 0);
			}
			int[][] edges = new int[n][n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					costs[i][j] = random.nextInt(4);
					edges[i][j] = flow.addEdge(1 + i, 1 + n + j, 1, costs[i][j]);
				}
			}
			Solution solution = flow.solve(0, sink);
			assertEquals(n, solution.flow());
			assertEquals(cheapestPermutation(costs, 0, new boolean[n]), solution.cost());
			long used = 0;
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					used += (long) costs[i][j] * flow.flow(edges[i][j]);
				}
			}
			assertEquals(solution.cost(), used, "the reported cost is that of the edge flows");
		}
	}

	/** Random graphs with cycles, against successive shortest paths found by Bellman-Ford. */
	@Test
	void agreesWithPlainSuccessiveShortestPathsOnRandomGraphs() {
		Random random = new Random(3);
		for (int round = 0; round < 500; round++) {
			int nodes = 2 + random.nextInt(7);
			int edgeCount = random.nextInt(20);
			int[][] edges = new int[edgeCount][];
			MinCostFlow flow = new MinCostFlow(nodes, edgeCount);
			for (int i = 0; i < edgeCount; i++) {
				edges[i] = new int[] { random.nextInt(nodes), random.nextInt(nodes), random.nextInt(4), random.nextInt(5) };
				flow.addEdge(edges[i][0], edges[i][1], edges[i][2], edges[i][3]);
			}
			assertEquals(bellmanFordFlow(nodes, edges, 0, nodes - 1), flow.solve(0, nodes - 1), "round " + round);
		}
	}

	@Test
	void theSameGraphAlwaysGetsTheSameFlow() {
		assertArrayEquals(flowsOfARandomGraph(), flowsOfARandomGraph());
	}

	@Test
	void rejectsNegativeCostsMissingNodesAndLateEdges() {
		MinCostFlow flow = new MinCostFlow(3, 1);
		assertThrows(IllegalArgumentException.class, () -> flow.addEdge(0, 1, 1, -1));
		assertThrows(IllegalArgumentException.class, () -> flow.addEdge(0, 3, 1, 0));
		assertThrows(IllegalArgumentException.class, () -> flow.addEdge(0, 1, -1, 0));
		assertThrows(IllegalArgumentException.class, () -> flow.solve(1, 1));
		flow.solve(0, 2);
		assertThrows(IllegalStateException.class, () -> flow.addEdge(0, 1, 1, 0), "edges come before solving");
	}

	private static int[] flowsOfARandomGraph() {
		Random random = new Random(11);
		int nodes = 30;
		MinCostFlow flow = new MinCostFlow(nodes, 200);
		int[] edges = new int[200];
		for (int i = 0; i < edges.length; i++) {
			edges[i] = flow.addEdge(random.nextInt(nodes), random.nextInt(nodes), 1 + random.nextInt(3), random.nextInt(4));
		}
		flow.solve(0, nodes - 1);
		int[] flows = new int[edges.length];
		for (int i = 0; i < edges.length; i++) {
			flows[i] = flow.flow(edges[i]);
		}
		return flows;
	}

	/** The textbook method, one unit of flow at a time along a cheapest path. */
	private static Solution bellmanFordFlow(int nodes, int[][] edges, int source, int sink) {
		int arcs = 2 * edges.length;
		int[] from = new int[arcs];
		int[] to = new int[arcs];
		int[] capacity = new int[arcs];
		int[] cost = new int[arcs];
		for (int i = 0; i < edges.length; i++) {
			from[2 * i] = edges[i][0];
			to[2 * i] = edges[i][1];
			capacity[2 * i] = edges[i][2];
			cost[2 * i] = edges[i][3];
			from[2 * i + 1] = edges[i][1];
			to[2 * i + 1] = edges[i][0];
			cost[2 * i + 1] = -edges[i][3];
		}
		long totalFlow = 0;
		long totalCost = 0;
		while (true) {
			long[] distance = new long[nodes];
			int[] via = new int[nodes];
			Arrays.fill(distance, Long.MAX_VALUE);
			Arrays.fill(via, -1);
			distance[source] = 0;
			for (int pass = 0; pass < nodes; pass++) {
				for (int arc = 0; arc < arcs; arc++) {
					if (capacity[arc] > 0 && distance[from[arc]] != Long.MAX_VALUE
							&& distance[from[arc]] + cost[arc] < distance[to[arc]]) {
						distance[to[arc]] = distance[from[arc]] + cost[arc];
						via[to[arc]] = arc;
					}
				}
			}
			if (distance[sink] == Long.MAX_VALUE) {
				return new Solution(totalFlow, totalCost);
			}
			for (int node = sink; node != source; node = from[via[node]]) {
				capacity[via[node]]--;
				capacity[via[node] ^ 1]++;
			}
			totalFlow++;
			totalCost += distance[sink];
		}
	}

	private static int cheapestPermutation(int[][] costs, int row, boolean[] taken) {
		if (row == costs.length) {
			return 0;
		}
		int best = Integer.MAX_VALUE;
		for (int column = 0; column < costs.length; column++) {
			if (!taken[column]) {
				taken[column] = true;
				best = Math.min(best, costs[row][column] + cheapestPermutation(costs, row + 1, taken));
				taken[column] = false;
			}
		}
		return best;
	}
}
