package org.socialmap.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.socialmap.catalog.CatalogFiles;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;
import org.socialmap.diagram.server.DiagramTypes;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.json.SocialmapServerModule;
import org.socialmap.diagram.server.layout.LayeredLayout;
import org.socialmap.diagram.server.layout.LayoutGraph;
import org.socialmap.diagram.server.layout.Position;
import org.socialmap.diagram.server.map.MapGraph;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The diagram server, in-process, as a page drives it (minus the websocket's own transport): a map of
 * one client with 3,000 presences opened with no layout file (GModel, ELK layout of every node,
 * validation for the showcase styling, the model serialised as JSON), and one edit (a move, a rename)
 * in a map of 1,000 nodes, from the operation's JSON received to the updated model's JSON ready to
 * send. Prints medians after warm-up runs, and ELK's own time and edge crossings with Socialmap's
 * options and with ELK's defaults.
 */
public final class DiagramBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = 7;
	private static final int EDITS = 21;

	public static void main(String[] args) throws IOException {
		// The benchmark profile runs in this module's folder.
		CatalogRegistry catalogs = CatalogFiles.registry(List.of(
				CatalogSource.inFolder(Path.of("../../bundles/org.socialmap.catalog.builtin"), "catalog/platforms.xml")));
		ModelServices services = new ModelServices(() -> catalogs, new RuleSet(Rules.builtin(), List.of()),
				RuleSettings.defaults());
		Path folder = Files.createTempDirectory("socialmap-diagram-benchmark");
		openLargeMap(SyntheticAgency.writeOneClient(folder.resolve("map-3000.socialmap"), 3_000), services);
		editMediumMap(SyntheticAgency.writeOneClient(folder.resolve("map-1000.socialmap"), 999), services);
		System.out.printf(Locale.ROOT, "(%s %s, %d cores)%n", System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		System.exit(0); // GLSP's live validation leaves a timer thread running
	}

	/** The model read from its file, as a diagram server serves it. */
	private static ServedDocument opened(Path file, ModelServices services) {
		try {
			return new ServedDocument(ModelDocument.open(file, services, ModelAccess.locked()));
		} catch (SocialmapFileException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void openLargeMap(Path file, ModelServices services) {
		double[] millis = new double[RUNS];
		Connection last = null;
		for (int run = -WARM_UP; run < RUNS; run++) {
			// a new document each run: the map has no layout yet, so every node is laid out
			Connection connection = new Connection(opened(file, services), DiagramKind.MAP);
			long start = System.nanoTime();
			CompletableFuture<Sent> sent = connection.client.next(SetModelAction.class);
			connection.send(new RequestModelAction(Map.of("sourceUri", file.toString(), "diagramType", DiagramKind.MAP.glspType())));
			if (run >= 0) {
				millis[run] = (sent.join().nanoTime() - start) / 1e6;
			}
			last = connection;
		}
		LayoutGraph graph = last.instance(MapGraph.class).current();
		System.out.printf(Locale.ROOT, "open a map of %,d nodes and %,d links with no layout (GModel + ELK layout of every "
				+ "node + showcase rule + JSON, %,d bytes): %s%n", graph.nodes().size(), graph.edges().size(),
				last.client.lastJsonLength, summary(millis));
		elkAlone("the same map", graph);
		elkAlone("the same map with 1,500 more links between random presences", withRandomLinks(graph, 1_500));
	}

	/** The map's links form a tree, which ELK draws without crossings: more links show what its options cost. */
	private static LayoutGraph withRandomLinks(LayoutGraph graph, int links) {
		List<String> ids = List.copyOf(graph.nodes().keySet());
		Random random = new Random(42);
		LayoutGraph denser = new LayoutGraph();
		graph.nodes().forEach(denser::node);
		graph.edges().forEach(edge -> denser.edge(edge.key(), edge.source(), edge.target()));
		for (int link = 0; link < links; link++) {
			denser.edge("random" + link, ids.get(1 + random.nextInt(ids.size() - 1)), ids.get(1 + random.nextInt(ids.size() - 1)));
		}
		return denser;
	}

	/** ELK Layered alone on {@code graph}, with Socialmap's options and with ELK's defaults: time and edge crossings. */
	private static void elkAlone(String what, LayoutGraph graph) {
		double[] ours = new double[RUNS];
		double[] defaults = new double[RUNS];
		Map<String, Position> oursLaidOut = null;
		Map<String, Position> defaultsLaidOut = null;
		for (int run = -WARM_UP; run < RUNS; run++) {
			long start = System.nanoTime();
			oursLaidOut = LayeredLayout.layout(graph);
			long middle = System.nanoTime();
			defaultsLaidOut = ElkDefaults.layout(graph);
			long end = System.nanoTime();
			if (run >= 0) {
				ours[run] = (middle - start) / 1e6;
				defaults[run] = (end - middle) / 1e6;
			}
		}
		System.out.printf(Locale.ROOT, "  ELK Layered alone on %s:%n", what);
		System.out.printf(Locale.ROOT, "    Socialmap's options: %s; %,d edge crossings, drawing %s%n",
				summary(ours), Crossings.count(graph, oursLaidOut), Crossings.extent(graph, oursLaidOut));
		System.out.printf(Locale.ROOT, "    ELK's defaults:      %s; %,d edge crossings, drawing %s%n",
				summary(defaults), Crossings.count(graph, defaultsLaidOut), Crossings.extent(graph, defaultsLaidOut));
	}

	private static void editMediumMap(Path file, ModelServices services) {
		Connection connection = new Connection(opened(file, services), DiagramKind.MAP);
		connection.send(new RequestModelAction(Map.of("sourceUri", file.toString(), "diagramType", DiagramKind.MAP.glspType())));
		int nodes = connection.instance(MapGraph.class).current().nodes().size();
		Edits moves = edits(connection, edit -> """
				{"kind":"changeBounds","newBounds":[{"elementId":"c0.p500","newPosition":{"x":%d,"y":40},"newSize":{"width":200,"height":64}}]}
				""".formatted(100 + 10 * edit));
		Edits renames = edits(connection, edit -> """
				{"kind":"applyLabelEdit","labelId":"c0.p500#name","text":"Renamed %d"}
				""".formatted(edit));
		System.out.printf(Locale.ROOT, "one edit in a map of %,d nodes, operation JSON in to updated model JSON out (%,d bytes):%n",
				nodes, connection.client.lastJsonLength);
		System.out.printf(Locale.ROOT, "  move a node: %s; CPU time of the session's thread %s%n", summary(moves.millis),
				summary(moves.cpuMillis));
		System.out.printf(Locale.ROOT, "  rename a node: %s; CPU time of the session's thread %s%n", summary(renames.millis),
				summary(renames.cpuMillis));
		System.out.printf(Locale.ROOT, "  of which the updated model's JSON alone: %s%n", summary(serialising(connection)));
	}

	/** How long turning the model into JSON takes, the part of an edit that grows with the diagram's size. */
	private static double[] serialising(Connection connection) {
		UpdateModelAction update = new UpdateModelAction(connection.instance(SocialmapModelState.class).getRoot());
		double[] millis = new double[EDITS];
		for (int run = -WARM_UP; run < EDITS; run++) {
			long start = System.nanoTime();
			connection.client.gson.toJson(new ActionMessage("benchmark", update));
			if (run >= 0) {
				millis[run] = (System.nanoTime() - start) / 1e6;
			}
		}
		return millis;
	}

	/**
	 * Wall-clock times of the edits, and the CPU time the session's thread spent on each: the wall
	 * clock also counts waiting for a core, which other processes on a shared machine take.
	 */
	private record Edits(double[] millis, double[] cpuMillis) {
	}

	private static Edits edits(Connection connection, Function<Integer, String> operation) {
		double[] millis = new double[EDITS];
		double[] cpuMillis = new double[EDITS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int edit = -WARM_UP; edit < EDITS; edit++) {
			String json = operation.apply(edit + WARM_UP);
			long cpuBefore = threads.getThreadCpuTime(connection.client.sessionThread);
			long start = System.nanoTime();
			CompletableFuture<Sent> sent = connection.client.next(UpdateModelAction.class);
			connection.send(connection.client.gson.fromJson(json, Action.class));
			if (edit >= 0) {
				millis[edit] = (sent.join().nanoTime() - start) / 1e6;
				cpuMillis[edit] = (sent.join().threadCpuNanos() - cpuBefore) / 1e6;
			}
		}
		return new Edits(millis, cpuMillis);
	}

	private static String summary(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%.0f ms median (min %.0f, max %.0f; %d runs after %d warm-up)",
				sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length, WARM_UP);
	}

	/** One connection's GLSP server with one session of {@code kind}, as the websocket endpoint makes them. */
	private static final class Connection {

		private static final String SESSION = "benchmark";
		final JsonClient client;
		private final Injector injector;
		private final ActionDispatcher dispatcher;

		Connection(ServedDocument served, DiagramKind kind) {
			ServerModule serverModule = new SocialmapServerModule();
			DiagramTypes.all(served).forEach(serverModule::configureDiagramModule);
			Injector server = Guice.createInjector(serverModule);
			GLSPServer glsp = server.getInstance(GLSPServer.class);
			InitializeParameters initialize = new InitializeParameters();
			initialize.setApplicationId("benchmark");
			initialize.setProtocolVersion("1.0.0");
			glsp.initialize(initialize).join();
			client = new JsonClient(server.getInstance(ServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder()).create());
			glsp.connect(client);
			glsp.initializeClientSession(new InitializeClientSessionParameters(SESSION, kind.glspType(),
					List.of("setModel", "updateModel", "setDirtyState", "setMarkers", "message"))).join();
			var session = server.getInstance(ClientSessionManager.class).getSession(SESSION).orElseThrow();
			injector = session.getInjector();
			dispatcher = session.getActionDispatcher();
		}

		void send(Action action) {
			action.setReceivedFromClient(true);
			dispatcher.dispatch(action).join();
		}

		<T> T instance(Class<T> type) {
			return injector.getInstance(type);
		}
	}

	/** When a message was ready to send, by the clock and by the sending thread's CPU time. */
	private record Sent(long nanoTime, long threadCpuNanos) {
	}

	/** Serialises what the server sends, as the websocket would, and notes when a model of the awaited kind is out. */
	private static final class JsonClient implements GLSPClient {

		final Gson gson;
		private final Map<Class<?>, CompletableFuture<Sent>> awaited = new HashMap<>();
		volatile int lastJsonLength;
		/** The session's dispatcher thread, which handles the actions and sends the answers. */
		volatile long sessionThread;

		JsonClient(Gson gson) {
			this.gson = gson;
		}

		synchronized CompletableFuture<Sent> next(Class<? extends Action> type) {
			CompletableFuture<Sent> sent = new CompletableFuture<>();
			awaited.put(type, sent);
			return sent;
		}

		@Override
		public void process(ActionMessage message) {
			sessionThread = Thread.currentThread().threadId();
			String json = gson.toJson(message);
			Sent done = new Sent(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
			CompletableFuture<Sent> sent;
			synchronized (this) {
				sent = awaited.remove(message.getAction().getClass());
			}
			if (sent != null) {
				lastJsonLength = json.length();
				sent.complete(done);
			}
		}
	}
}
