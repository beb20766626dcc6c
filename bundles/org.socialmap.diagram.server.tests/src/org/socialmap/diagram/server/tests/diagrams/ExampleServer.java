package org.socialmap.diagram.server.tests.diagrams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.socialmap.diagram.server.DiagramTypes;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.json.SocialmapServerModule;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.tests.common.ExampleModels;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The shipped example served by the real diagrams, in-process: a GLSP server per connection, as the
 * websocket endpoint makes them, all on one {@link ServedDocument}. Tests drive sessions through
 * GLSP's dispatcher rather than a websocket (the web side has tests of its own).
 */
final class ExampleServer implements AutoCloseable {

	static final String EXAMPLE = "social-media-in-azienda.socialmap";
	static final String CLIENT = "officina";

	/** What a page registers handlers for, so the server forwards these to it. */
	private static final List<String> CLIENT_ACTION_KINDS = List.of("setModel", "updateModel", "setDirtyState",
			"setMarkers", "deleteMarkers", "message", "status", "setProperties", "setQuickFixes", "setFilterOptions",
			"setTypeHints", "setContextActions", "setEditValidationResult", "startProgress", "updateProgress", "endProgress");

	private static final AtomicInteger SESSIONS = new AtomicInteger();

	final Path model;
	final ServedDocument served;
	private final List<GLSPServer> connections = new ArrayList<>();

	private ExampleServer(Path model) throws SocialmapFileException {
		this.model = model;
		this.served = new ServedDocument(ModelDocument.open(model, ModelServices.installed(), ModelAccess.locked()));
	}

	/** Writes the example into {@code folder} and serves it. */
	static ExampleServer start(Path folder) throws IOException {
		return start(folder, UnaryOperator.identity());
	}

	/** Serves the model file already in {@code folder}, as written by an earlier server. */
	static ExampleServer reopen(Path folder) throws SocialmapFileException {
		return new ExampleServer(folder.resolve(EXAMPLE));
	}

	/** Writes the example into {@code folder}, its text changed by {@code edit}, and serves it. */
	static ExampleServer start(Path folder, UnaryOperator<String> edit) throws IOException {
		Path model = Files.createDirectories(folder).resolve(EXAMPLE);
		Files.writeString(model, edit.apply(new String(ExampleModels.all().get(EXAMPLE), StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8);
		return new ExampleServer(model);
	}

	/** A session of a new connection showing the example's client on diagram {@code kind}. */
	Session open(DiagramKind kind) {
		return open(kind, Map.of("client", CLIENT));
	}

	/** A session of a new connection, its model asked for with {@code options} besides the file and diagram type. */
	Session open(DiagramKind kind, Map<String, String> options) {
		Session session = connect(kind);
		Map<String, String> request = new HashMap<>(options);
		request.put("sourceUri", model.toUri().toString());
		request.put("diagramType", kind.glspType());
		session.send(new RequestModelAction(request));
		return session;
	}

	/** A session of a new connection, before it asks for its model. */
	Session connect(DiagramKind kind) {
		ServerModule serverModule = new SocialmapServerModule();
		DiagramTypes.all(served).forEach(serverModule::configureDiagramModule);
		Injector injector = Guice.createInjector(serverModule);
		GLSPServer server = injector.getInstance(GLSPServer.class);
		InitializeParameters initialize = new InitializeParameters();
		initialize.setApplicationId("socialmap-tests");
		initialize.setProtocolVersion("1.0.0");
		server.initialize(initialize).join();
		RecordingClient client = new RecordingClient();
		server.connect(client);
		String id = "session-" + SESSIONS.incrementAndGet();
		server.initializeClientSession(new InitializeClientSessionParameters(id, kind.glspType(), CLIENT_ACTION_KINDS)).join();
		connections.add(server);
		return new Session(injector.getInstance(ClientSessionManager.class).getSession(id).orElseThrow(), client, served);
	}

	@Override
	public void close() {
		connections.forEach(GLSPServer::shutdown);
	}
}
