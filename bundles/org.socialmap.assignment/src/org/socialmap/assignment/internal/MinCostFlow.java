package org.socialmap.assignment.internal;

import java.util.Arrays;

/**
 * A minimum-cost maximum flow on a directed graph with integer capacities and small non-negative
 * integer costs, in int arrays rather than an object per edge, so that graphs of tens of millions
 * of edges fit in memory. The edges are collected as added; the first {@link #solve} lays out each
 * node's arcs (its edges and the reverse arcs of the edges into it) side by side, which keeps the
 * scans of a node's arcs sequential in memory.
 * <p>
 * Primal-dual method: a Dijkstra on reduced costs raises the node potentials until a shortest path
 * to the sink has reduced cost zero, then Dinic's blocking flows augment along every path of zero
 * reduced cost (every shortest path) until none is left; repeat until the sink is out of reach.
 * Distances are small integers, so the Dijkstra uses a bucket queue (Dial) and each round is
 * O(V + E) plus its blocking flows. Each node's arcs are tried in the order their edges were added,
 * so the same graph always gets the same flow, and among equally cheap paths earlier edges tend to win.
 */
public final class MinCostFlow {

	/** The value of the maximum flow and its minimum total cost. */
	public record Solution(long flow, long cost) {
	}

	private static final int NONE = -1;
	private static final int UNREACHED = Integer.MAX_VALUE;

	private final int nodeCount;
	private int edgeCount;
	/** The edges as added; dropped once the arcs are laid out. */
	private int[] edgeFrom;
	private int[] edgeTo;
	private int[] edgeCapacity;
	private int[] edgeCost;

	/** Per edge, its arc; set by the layout. */
	private int[] arcOfEdge;
	/** The arcs of node n are firstArc[n] to firstArc[n + 1] - 1. */
	private int[] firstArc;
	private int[] target;
	private int[] residual;
	private int[] cost;
	private int[] reverse;

	private final int[] potential;
	private final int[] distance;
	private final int[] level;
	private final int[] currentArc;
	private final int[] nodeQueue;
	private final BucketQueue buckets = new BucketQueue();

	/** @param expectedEdges how many edges will be added, to size the arrays once */
	public MinCostFlow(int nodeCount, int expectedEdges) {
		if (nodeCount < 2 || expectedEdges < 0) {
			throw new IllegalArgumentException("a flow needs at least 2 nodes and a non-negative edge count");
		}
		this.nodeCount = nodeCount;
		int edges = Math.max(1, expectedEdges);
		edgeFrom = new int[edges];
		edgeTo = new int[edges];
		edgeCapacity = new int[edges];
		edgeCost = new int[edges];
		potential = new int[nodeCount];
		distance = new int[nodeCount];
		level = new int[nodeCount];
		currentArc = new int[nodeCount];
		nodeQueue = new int[nodeCount];
	}

	/** Adds an edge, before {@link #solve}, and returns its id: 0 for the first edge, 1 for the next... */
	public int addEdge(int from, int to, int capacity, int unitCost) {
		if (from < 0 || from >= nodeCount || to < 0 || to >= nodeCount || capacity < 0 || unitCost < 0) {
			throw new IllegalArgumentException("edge " + from + "->" + to + " (capacity " + capacity + ", cost "
					+ unitCost + ") needs existing nodes, a non-negative capacity and a non-negative cost");
		}
		if (edgeFrom == null) {
			throw new IllegalStateException("edges are added before solving");
		}
		if (edgeCount == edgeFrom.length) { // only when the expected edge count was too low
			int edges = 2 * edgeCount;
			edgeFrom = Arrays.copyOf(edgeFrom, edges);
			edgeTo = Arrays.copyOf(edgeTo, edges);
			edgeCapacity = Arrays.copyOf(edgeCapacity, edges);
			edgeCost = Arrays.copyOf(edgeCost, edges);
		}
		edgeFrom[edgeCount] = from;
		edgeTo[edgeCount] = to;
		edgeCapacity[edgeCount] = capacity;
		edgeCost[edgeCount] = unitCost;
		return edgeCount++;
	}

	/** The flow on an edge after {@link #solve}: what its reverse arc can send back. */
	public int flow(int edge) {
		return residual[reverse[arcOfEdge[edge]]];
	}

	public int edgeCount() {
		return edgeCount;
	}

	/** Sends as much flow as possible from source to sink, at the least total cost. */
	public Solution solve(int source, int sink) {
		if (source == sink || source < 0 || sink < 0 || source >= nodeCount || sink >= nodeCount) {
			throw new IllegalArgumentException("source " + source + " and sink " + sink + " must be two nodes");
		}
		if (arcOfEdge == null) {
			layOutArcs();
		}
		long flow = 0;
		while (raisePotentials(source, sink)) {
			while (levelAdmissibleArcs(source, sink)) {
				flow += blockingFlow(source, sink);
			}
		}
		long totalCost = 0;
		for (int edge = 0; edge < edgeCount; edge++) {
			totalCost += (long) cost[arcOfEdge[edge]] * flow(edge);
		}
		return new Solution(flow, totalCost);
	}

	/** A counting sort of the arcs by tail node, in the order of their edges. */
	private void layOutArcs() {
		firstArc = new int[nodeCount + 1];
		for (int edge = 0; edge < edgeCount; edge++) {
			firstArc[edgeFrom[edge] + 1]++;
			firstArc[edgeTo[edge] + 1]++;
		}
		for (int node = 0; node < nodeCount; node++) {
			firstArc[node + 1] += firstArc[node];
		}
		int arcs = 2 * edgeCount;
		target = new int[arcs];
		residual = new int[arcs];
		cost = new int[arcs];
		reverse = new int[arcs];
		int[] nextFree = Arrays.copyOf(firstArc, nodeCount);
		for (int edge = 0; edge < edgeCount; edge++) {
			int from = edgeFrom[edge];
			int to = edgeTo[edge];
			int forward = nextFree[from]++;
			int backward = nextFree[to]++;
			target[forward] = to;
			residual[forward] = edgeCapacity[edge];
			cost[forward] = edgeCost[edge];
			reverse[forward] = backward;
			target[backward] = from;
			cost[backward] = -edgeCost[edge];
			reverse[backward] = forward;
			edgeFrom[edge] = forward; // the array is reused for arcOfEdge, which saves 4 bytes an edge at peak
		}
		arcOfEdge = edgeFrom;
		edgeFrom = null;
		edgeTo = null;
		edgeCapacity = null;
		edgeCost = null;
	}

	private int reducedCost(int arc, int from) {
		return cost[arc] + potential[from] - potential[target[arc]];
	}

	/**
	 * Dijkstra from the source on reduced costs, stopped when the sink is settled; adds to each
	 * potential its distance, capped at the sink's, which keeps every reduced cost non-negative and
	 * makes those on shortest paths zero. False when the sink cannot be reached.
	 */
	private boolean raisePotentials(int source, int sink) {
		Arrays.fill(distance, UNREACHED);
		distance[source] = 0;
		buckets.clear();
		buckets.push(0, source);
		int sinkDistance = UNREACHED;
		for (int d = 0; d <= buckets.highest() && sinkDistance == UNREACHED; d++) {
			for (int node = buckets.pop(d); node != NONE; node = buckets.pop(d)) {
				if (distance[node] != d) {
					continue; // a stale entry: the node was reached more cheaply later
				}
				if (node == sink) {
					sinkDistance = d;
					break;
				}
				for (int arc = firstArc[node]; arc < firstArc[node + 1]; arc++) {
					int next = target[arc];
					if (residual[arc] > 0) {
						int candidate = d + reducedCost(arc, node);
						if (candidate < distance[next]) {
							distance[next] = candidate;
							buckets.push(candidate, next);
						}
					}
				}
			}
		}
		if (sinkDistance == UNREACHED) {
			return false;
		}
		for (int node = 0; node < nodeCount; node++) {
			potential[node] += Math.min(distance[node], sinkDistance);
		}
		return true;
	}

	/** Breadth-first levels over the arcs of zero reduced cost; false when they do not reach the sink. */
	private boolean levelAdmissibleArcs(int source, int sink) {
		Arrays.fill(level, NONE);
		level[source] = 0;
		nodeQueue[0] = source;
		int head = 0;
		int tail = 1;
		while (head < tail) {
			int node = nodeQueue[head++];
			if (level[sink] != NONE && level[node] >= level[sink]) {
				break; // deeper nodes cannot be on a shortest path to the sink
			}
			for (int arc = firstArc[node]; arc < firstArc[node + 1]; arc++) {
				int next = target[arc];
				if (residual[arc] > 0 && level[next] == NONE && reducedCost(arc, node) == 0) {
					level[next] = level[node] + 1;
					nodeQueue[tail++] = next;
				}
			}
		}
		return level[sink] != NONE;
	}

	/** Saturates every level path to the sink; an explicit path stack, as paths may be thousands of arcs long. */
	private long blockingFlow(int source, int sink) {
		System.arraycopy(firstArc, 0, currentArc, 0, nodeCount);
		int[] path = nodeQueue; // free again once the levels are set
		int depth = 0;
		int node = source;
		long pushed = 0;
		while (true) {
			if (node == sink) {
				int amount = Integer.MAX_VALUE;
				for (int i = 0; i < depth; i++) {
					amount = Math.min(amount, residual[path[i]]);
				}
				int firstSaturated = depth;
				for (int i = 0; i < depth; i++) {
					residual[path[i]] -= amount;
					residual[reverse[path[i]]] += amount;
					if (residual[path[i]] == 0 && firstSaturated == depth) {
						firstSaturated = i;
					}
				}
				pushed += amount;
				depth = firstSaturated;
				node = depth == 0 ? source : target[path[depth - 1]];
				continue;
			}
			int arc = currentArc[node];
			int end = firstArc[node + 1];
			while (arc < end && !isLevelArc(arc, node)) {
				arc++;
			}
			currentArc[node] = arc;
			if (arc < end) {
				path[depth++] = arc;
				node = target[arc];
			} else {
				level[node] = NONE; // a dead end for the rest of this round
				if (depth == 0) {
					return pushed;
				}
				depth--;
				node = depth == 0 ? source : target[path[depth - 1]];
				currentArc[node]++;
			}
		}
	}

	private boolean isLevelArc(int arc, int from) {
		return residual[arc] > 0 && level[target[arc]] == level[from] + 1 && reducedCost(arc, from) == 0;
	}

	/** Dial's queue: one stack of nodes per distance, in int arrays; stale entries are skipped by the caller. */
	private static final class BucketQueue {

		private int[] bucketTop = new int[16];
		private int[] entryNode = new int[64];
		private int[] entryBelow = new int[64];
		private int entryCount;
		private int highest = NONE;

		/** Buckets above the highest are emptied when first used. */
		void clear() {
			entryCount = 0;
			highest = NONE;
		}

		void push(int bucket, int node) {
			if (bucket >= bucketTop.length) {
				bucketTop = Arrays.copyOf(bucketTop, Math.max(bucket + 1, 2 * bucketTop.length));
			}
			if (bucket > highest) {
				Arrays.fill(bucketTop, highest + 1, bucket + 1, NONE);
				highest = bucket;
			}
			if (entryCount == entryNode.length) {
				entryNode = Arrays.copyOf(entryNode, 2 * entryCount);
				entryBelow = Arrays.copyOf(entryBelow, 2 * entryCount);
			}
			entryNode[entryCount] = node;
			entryBelow[entryCount] = bucketTop[bucket];
			bucketTop[bucket] = entryCount++;
		}

		/** A node of the bucket, or NONE when it is empty. */
		int pop(int bucket) {
			int entry = bucketTop[bucket];
			if (entry == NONE) {
				return NONE;
			}
			bucketTop[bucket] = entryBelow[entry];
			return entryNode[entry];
		}

		int highest() {
			return highest;
		}
	}
}
