package org.socialmap.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.assignment.internal.MinCostFlow;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.rules.AffinityFit;
import org.socialmap.rules.RuleSettings;

/**
 * Our {@link MinCostFlow} side by side with JGraphT's {@link CapacityScalingMinimumCostFlow}, on the
 * flow network the curator assignment assistant builds for the clients of {@link AssignmentBenchmark}
 * (200 members x 1,000 presences, then 2,000 x 10,000), every role open: source -> member (the roles
 * the member may take, hoursPerRole 1 and maxShareOfRoles 0.5) -> presence (capacity 1, cost 3 - fit)
 * -> sink (capacity 2). Both solvers get the same nodes, arcs, capacities and costs, in the same order,
 * and must agree on the flow value and its total cost; ours must also agree with the assistant itself.
 * <p>
 * JGraphT solves a b-flow, so it is asked with the source's supply set to the maximum flow (known from
 * our solver: JGraphT's best case) and, on the small network only, self-contained: a bypass arc
 * source -> sink dearer than any augmenting path, and an upper bound on the flow as the supply. Its
 * solver keeps its default scaling factor, 8: without scaling (1) it took as long on a 632 x 3,162
 * network. Its graph is an {@code AbstractBaseGraph} with {@code DefaultGraphSpecificsStrategy} (no
 * index of vertex pairs, no check for parallel edges), the fastest and leanest of its general graphs
 * here; the usual {@code DefaultDirectedWeightedGraph} is timed building only, for reference.
 * <p>
 * Per run: the time and the bytes allocated by this thread to build the graph and to solve it, and the
 * live heap (after a full GC) held by the built graph, then by the graph and the solver's state.
 */
public final class MinCostFlowComparison {

	/** Warm-up and measured runs on the small network, for every solver. */
	private static final Runs SMALL = new Runs(3, 7);
	/** Our solver on the large network. */
	private static final Runs LARGE = new Runs(2, 5);
	/**
	 * JGraphT on the large network: about an hour a run, so one run, warmed up by the small network
	 * (the same code), and only its best case (supply = max flow).
	 */
	private static final Runs LARGE_JGRAPHT = new Runs(0, 1);

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	public static void main(String[] args) {
		CatalogRegistry catalogs = AssignmentBenchmark.catalogs();
		List<String> rows = new ArrayList<>();
		compare(catalogs, 200, 1_000, false, rows);
		compare(catalogs, 2_000, 10_000, true, rows);
		System.out.println();
		System.out.println("| network | solver | build ms | solve ms | build + solve ms | allocated: build | solve "
				+ "| live: graph | graph + solver |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "(ms: median (min-max); allocated: bytes allocated by the solving thread, median; "
				+ "live: heap in use after a full GC, above the heap before the run, median; warm-up+measured runs: "
				+ "small network %s, large %s, JGraphT on the large %s; %s %s, %d cores, max heap %d MB)%n", SMALL, LARGE,
				LARGE_JGRAPHT, System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
	}

	private static void compare(CatalogRegistry catalogs, int members, int presences, boolean large, List<String> rows) {
		ClientCompany client = AssignmentBenchmark.client(members, presences);
		RuleSettings settings = RuleSettings.defaults();
		Network network = Network.of(client, new AffinityFit(catalogs), settings);
		String size = String.format(Locale.ROOT, "%,d x %,d", members, presences);
		System.out.printf(Locale.ROOT, "%s: %,d nodes, %,d arcs%n", size, network.nodeCount(), network.edgeCount());

		Outcome expected = OURS.solve(network, OURS.build(network)).outcome();
		checkAgainstAssistant(size, expected, new CuratorAssistant(catalogs, settings).propose(client, false));

		rows.add(row(size, measure(OURS, network, expected, large ? LARGE : SMALL)));
		Runs jgraphtRuns = large ? LARGE_JGRAPHT : SMALL;
		rows.add(row(size, measure(jgrapht("JGraphT, supply = max flow", LeanGraph::new, false, expected.flow()), network,
				expected, jgraphtRuns)));
		if (!large) {
			rows.add(row(size, measure(jgrapht("JGraphT, bypass arc", LeanGraph::new, true, expected.flow()), network,
					expected, jgraphtRuns)));
		}
		rows.add(row(size, measureBuildOnly("JGraphT DefaultDirectedWeightedGraph, building only",
				jgrapht("", () -> new DefaultDirectedWeightedGraph<>(null, null), false, expected.flow()), network,
				jgraphtRuns)));
	}

	/** The assistant staffs a role per unit of flow, and its total fit is 3 per role less the cost. */
	private static void checkAgainstAssistant(String size, Outcome expected, AssignmentResult assistant) {
		int roles = assistant.proposals().size();
		Outcome assistants = new Outcome(roles, (long) AffinityFit.BEST * roles - assistant.totalFit());
		if (!expected.equals(assistants)) {
			throw new IllegalStateException(size + ": the network's flow " + expected + " is not the assistant's "
					+ assistants + ": the network differs from the assistant's");
		}
		System.out.printf(Locale.ROOT, "  max flow %,d at cost %,d, as the assistant's %,d roles with total fit %,d%n",
				expected.flow(), expected.cost(), roles, assistant.totalFit());
	}

	private static String row(String size, String cells) {
		return "| " + size + " | " + cells + " |";
	}

	private static <G> String measure(Contender<G> contender, Network network, Outcome expected, Runs counts) {
		for (int i = 0; i < counts.warmUp(); i++) {
			check(contender, expected, contender.solve(network, contender.build(network)).outcome());
		}
		Figures figures = new Figures(counts.runs());
		for (int i = 0; i < counts.runs(); i++) {
			long before = liveHeap();
			long bytes = THREADS.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			G graph = contender.build(network);
			figures.buildNanos[i] = System.nanoTime() - start;
			figures.buildBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - bytes;
			figures.liveGraph[i] = liveHeap() - before;

			bytes = THREADS.getCurrentThreadAllocatedBytes();
			start = System.nanoTime();
			Solved solved = contender.solve(network, graph);
			figures.solveNanos[i] = System.nanoTime() - start;
			figures.solveBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - bytes;
			figures.liveSolved[i] = liveHeap() - before;
			check(contender, expected, solved.outcome());
			Reference.keep(graph, solved.state());
		}
		System.out.printf(Locale.ROOT, "  %s: %s%n", contender.name(), figures.summary());
		return contender.name() + " | " + figures.row();
	}

	private static <G> String measureBuildOnly(String name, Contender<G> contender, Network network, Runs counts) {
		for (int i = 0; i < counts.warmUp(); i++) {
			Reference.keep(contender.build(network), null);
		}
		Figures figures = new Figures(counts.runs());
		for (int i = 0; i < counts.runs(); i++) {
			long before = liveHeap();
			long bytes = THREADS.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			G graph = contender.build(network);
			figures.buildNanos[i] = System.nanoTime() - start;
			figures.buildBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - bytes;
			figures.liveGraph[i] = liveHeap() - before;
			Reference.keep(graph, null);
		}
		System.out.printf(Locale.ROOT, "  %s: %s%n", name, figures.buildSummary());
		return name + " | " + figures.buildRow();
	}

	private static void check(Contender<?> contender, Outcome expected, Outcome actual) {
		if (!expected.equals(actual)) {
			throw new IllegalStateException(contender.name() + " found " + actual + ", our MinCostFlow " + expected);
		}
	}

	/** The heap in use after a full collection: what is live. */
	private static long liveHeap() {
		System.gc();
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	/** How often a solver runs: first unmeasured, to warm up, then measured. */
	record Runs(int warmUp, int runs) {

		@Override
		public String toString() {
			return warmUp + "+" + runs;
		}
	}

	/** The value of a maximum flow and its least total cost. */
	record Outcome(long flow, long cost) {
	}

	/** An outcome and whatever the solver still holds, which is live until measured. */
	record Solved(Outcome outcome, Object state) {
	}

	/** A solver: builds its graph from the network, then solves it. */
	interface Contender<G> {

		String name();

		G build(Network network);

		Solved solve(Network network, G graph);
	}

	private static final Contender<MinCostFlow> OURS = new Contender<>() {

		@Override
		public String name() {
			return "Socialmap MinCostFlow";
		}

		@Override
		public MinCostFlow build(Network network) {
			MinCostFlow flow = new MinCostFlow(network.nodeCount(), network.edgeCount());
			network.forEachEdge(flow::addEdge);
			return flow;
		}

		@Override
		public Solved solve(Network network, MinCostFlow flow) {
			MinCostFlow.Solution solution = flow.solve(network.source(), network.sink());
			return new Solved(new Outcome(solution.flow(), solution.cost()), flow);
		}
	};

	/** A JGraphT graph of the network, and the flow problem on it. */
	record JGraphTNetwork(Graph<Integer, FlowEdge> graph, MinimumCostFlowProblem<Integer, FlowEdge> problem,
			Integer source, FlowEdge bypass, long bypassCost) {
	}

	/**
	 * JGraphT on a graph of the given type. With a bypass, the source supplies an upper bound on the flow
	 * and what the network cannot take goes by an arc source -> sink costing more than any augmenting path
	 * (a simple path of at most nodeCount - 1 arcs of cost at most 3); else it supplies the maximum flow,
	 * as found by our solver.
	 */
	private static Contender<JGraphTNetwork> jgrapht(String name, Supplier<Graph<Integer, FlowEdge>> graphType,
			boolean bypass, long maxFlow) {
		return new Contender<>() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public JGraphTNetwork build(Network network) {
				Graph<Integer, FlowEdge> graph = graphType.get();
				Integer[] vertices = new Integer[network.nodeCount()];
				for (int node = 0; node < vertices.length; node++) {
					vertices[node] = node;
					graph.addVertex(vertices[node]);
				}
				network.forEachEdge((from, to, capacity, cost) -> {
					FlowEdge edge = new FlowEdge(capacity);
					graph.addEdge(vertices[from], vertices[to], edge);
					graph.setEdgeWeight(edge, cost);
				});
				Integer source = vertices[network.source()];
				Integer sink = vertices[network.sink()];
				int supply;
				FlowEdge bypassEdge = null;
				long bypassCost = 0;
				if (bypass) {
					supply = network.flowBound();
					bypassCost = (long) AffinityFit.BEST * network.nodeCount();
					bypassEdge = new FlowEdge(supply);
					graph.addEdge(source, sink, bypassEdge);
					graph.setEdgeWeight(bypassEdge, bypassCost);
				} else {
					supply = Math.toIntExact(maxFlow);
				}
				MinimumCostFlowProblem<Integer, FlowEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
						graph, node -> node.equals(source) ? supply : node.equals(sink) ? -supply : 0,
						edge -> edge.capacity);
				return new JGraphTNetwork(graph, problem, source, bypassEdge, bypassCost);
			}

			@Override
			public Solved solve(Network network, JGraphTNetwork jgraphtNetwork) {
				CapacityScalingMinimumCostFlow<Integer, FlowEdge> solver = new CapacityScalingMinimumCostFlow<>();
				MinimumCostFlow<FlowEdge> flow = solver.getMinimumCostFlow(jgraphtNetwork.problem());
				double value = 0;
				for (FlowEdge edge : jgraphtNetwork.graph().outgoingEdgesOf(jgraphtNetwork.source())) {
					if (edge != jgraphtNetwork.bypass()) {
						value += flow.getFlow(edge);
					}
				}
				double bypassFlow = jgraphtNetwork.bypass() == null ? 0 : flow.getFlow(jgraphtNetwork.bypass());
				long cost = Math.round(flow.getCost() - bypassFlow * jgraphtNetwork.bypassCost());
				return new Solved(new Outcome(Math.round(value), cost), solver);
			}
		};
	}

	/** An arc of the JGraphT graph: its cost is the edge's weight, its capacity is kept here. */
	static final class FlowEdge extends DefaultWeightedEdge {

		private static final long serialVersionUID = 1L;

		final int capacity;

		FlowEdge(int capacity) {
			this.capacity = capacity;
		}
	}

	/**
	 * A directed weighted JGraphT graph without the index of vertex pairs that JGraphT's graphs keep by
	 * default, and allowing parallel edges so that adding an edge does not look for an existing one.
	 */
	static final class LeanGraph extends AbstractBaseGraph<Integer, FlowEdge> {

		private static final long serialVersionUID = 1L;

		LeanGraph() {
			super(null, null, new DefaultGraphType.Builder().directed().allowMultipleEdges(true).allowSelfLoops(false)
					.weighted(true).build(), new DefaultGraphSpecificsStrategy<>());
		}
	}

	/** Receives the arcs of a network. */
	@FunctionalInterface
	interface ArcSink {
		void arc(int from, int to, int capacity, int cost);
	}

	/**
	 * The assistant's network for a client with every role open, kept as the fit of each member for
	 * each platform, as small as the input gets: nodes are the source (0), the members in model order,
	 * the presences in model order and the sink; arcs come in the assistant's order: source -> member,
	 * presence -> sink, then member -> presence member by member.
	 */
	static final class Network {

		private final int members;
		private final int presences;
		private final int[] memberCapacity;
		private final int[] platformOfPresence;
		private final int[][] fitByMemberAndPlatform;
		private static final int OPEN_ROLES = 2;

		private Network(int[] memberCapacity, int[] platformOfPresence, int[][] fitByMemberAndPlatform) {
			this.members = memberCapacity.length;
			this.presences = platformOfPresence.length;
			this.memberCapacity = memberCapacity;
			this.platformOfPresence = platformOfPresence;
			this.fitByMemberAndPlatform = fitByMemberAndPlatform;
		}

		/** As the assistant reads a client when it reassigns every owner and backup. */
		static Network of(ClientCompany client, AffinityFit affinityFit, RuleSettings settings) {
			List<Member> members = new ArrayList<>();
			for (Team team : client.getTeams()) {
				members.addAll(team.getMembers());
			}
			List<Presence> presences = client.getPresences().stream()
					.filter(presence -> presence.getStatus() != PresenceStatus.OBSOLETE).toList();
			int roles = OPEN_ROLES * presences.size();
			int roleLimit = (int) Math.floor(settings.maxShareOfRoles() * roles + 1e-9);
			int[] capacity = new int[members.size()];
			for (int m = 0; m < capacity.length; m++) {
				// no curation stays when all are reassigned: all of a member's hours are free
				int byHours = (int) Math.floor(members.get(m).getWeeklyHours() / settings.hoursPerRole() + 1e-9);
				capacity[m] = Math.min(Math.min(roles, Math.max(0, byHours)), roleLimit);
			}
			Map<String, Integer> platforms = new HashMap<>();
			List<String> platformIds = new ArrayList<>();
			int[] platformOfPresence = new int[presences.size()];
			for (int p = 0; p < platformOfPresence.length; p++) {
				String platform = presences.get(p).getPlatform();
				platformOfPresence[p] = platforms.computeIfAbsent(platform, id -> {
					platformIds.add(id);
					return platformIds.size() - 1;
				});
			}
			int[][] fits = new int[members.size()][platformIds.size()];
			for (int m = 0; m < fits.length; m++) {
				for (int i = 0; i < platformIds.size(); i++) {
					fits[m][i] = affinityFit.of(members.get(m), platformIds.get(i));
				}
			}
			return new Network(capacity, platformOfPresence, fits);
		}

		int nodeCount() {
			return members + presences + 2;
		}

		int source() {
			return 0;
		}

		int sink() {
			return members + presences + 1;
		}

		int edgeCount() {
			int taking = (int) Arrays.stream(memberCapacity).filter(capacity -> capacity > 0).count();
			return Math.addExact(members + presences, Math.multiplyExact(taking, presences));
		}

		/** No flow exceeds what the members may take, nor the roles there are. */
		int flowBound() {
			return Math.min(Arrays.stream(memberCapacity).sum(), OPEN_ROLES * presences);
		}

		/** The arcs in the assistant's order; members who may take no role get no pair arcs, as there. */
		void forEachEdge(ArcSink sink) {
			for (int m = 0; m < members; m++) {
				sink.arc(source(), memberNode(m), memberCapacity[m], 0);
			}
			for (int p = 0; p < presences; p++) {
				sink.arc(presenceNode(p), sink(), OPEN_ROLES, 0);
			}
			for (int m = 0; m < members; m++) {
				if (memberCapacity[m] > 0) {
					int[] fits = fitByMemberAndPlatform[m];
					for (int p = 0; p < presences; p++) {
						sink.arc(memberNode(m), presenceNode(p), 1, AffinityFit.BEST - fits[platformOfPresence[p]]);
					}
				}
			}
		}

		private static int memberNode(int member) {
			return 1 + member;
		}

		private int presenceNode(int presence) {
			return 1 + members + presence;
		}
	}

	/** Keeps a run's graph and solver state reachable until here, so that the live heap counts them. */
	private static final class Reference {

		private static volatile Object sink;

		static void keep(Object graph, Object state) {
			sink = graph;
			sink = state;
			sink = null;
		}
	}

	/** The figures of the measured runs. */
	private static final class Figures {

		final long[] buildNanos;
		final long[] solveNanos;
		final long[] buildBytes;
		final long[] solveBytes;
		final long[] liveGraph;
		final long[] liveSolved;

		Figures(int runs) {
			buildNanos = new long[runs];
			solveNanos = new long[runs];
			buildBytes = new long[runs];
			solveBytes = new long[runs];
			liveGraph = new long[runs];
			liveSolved = new long[runs];
		}

		String row() {
			long[] total = new long[buildNanos.length];
			Arrays.setAll(total, i -> buildNanos[i] + solveNanos[i]);
			return String.join(" | ", millis(buildNanos), millis(solveNanos), millis(total), megabytes(buildBytes),
					megabytes(solveBytes), megabytes(liveGraph), megabytes(liveSolved));
		}

		String buildRow() {
			return String.join(" | ", millis(buildNanos), "", "", megabytes(buildBytes), "", megabytes(liveGraph), "");
		}

		String summary() {
			return "build " + millis(buildNanos) + " ms, solve " + millis(solveNanos) + " ms; allocated "
					+ megabytes(buildBytes) + " + " + megabytes(solveBytes) + "; live " + megabytes(liveGraph) + ", "
					+ megabytes(liveSolved);
		}

		String buildSummary() {
			return "build " + millis(buildNanos) + " ms; allocated " + megabytes(buildBytes) + "; live "
					+ megabytes(liveGraph);
		}

		private static String millis(long[] nanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			return String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6,
					sorted[sorted.length - 1] / 1e6);
		}

		private static String megabytes(long[] bytes) {
			long[] sorted = bytes.clone();
			Arrays.sort(sorted);
			long median = sorted[sorted.length / 2];
			return median < 1L << 30 ? String.format(Locale.ROOT, "%,.1f MB", median / (double) (1 << 20))
					: String.format(Locale.ROOT, "%,.1f GB", median / (double) (1 << 30));
		}
	}
}
