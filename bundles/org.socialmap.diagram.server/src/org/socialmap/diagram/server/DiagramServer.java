package org.socialmap.diagram.server;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.List;

import jakarta.websocket.server.ServerEndpointConfig;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.socialmap.diagram.server.json.SocialmapServerModule;
import org.socialmap.diagram.server.web.AccessGuard;
import org.socialmap.diagram.server.web.AccessPolicy;
import org.socialmap.diagram.server.web.IconServlet;
import org.socialmap.diagram.server.web.SessionServlet;
import org.socialmap.diagram.server.web.SessionToken;
import org.socialmap.diagram.server.web.StaticFileServlet;

import com.google.inject.Guice;

/**
 * The diagram server of one model, for browsers on this machine: listens on 127.0.0.1 only and
 * serves the GLSP websocket ({@value #WEBSOCKET_PATH}), the session API, the platforms' icons and the
 * web client's files (docs/diagrams.md). The websocket and the API want the session token and an
 * own-origin page; see {@link AccessPolicy}.
 */
public final class DiagramServer implements AutoCloseable {

	public static final String WEBSOCKET_PATH = "/socialmap";
	private static final String LOOPBACK = "127.0.0.1";

	private final Server jetty;
	private final int port;
	private final SessionToken token;

	private DiagramServer(Server jetty, int port, SessionToken token) {
		this.jetty = jetty;
		this.port = port;
		this.token = token;
	}

	/** Starts a server with a new session token; it runs until {@link #close()}. */
	public static DiagramServer start(DiagramServerSetup setup) throws IOException {
		SessionToken token = SessionToken.random();
		Server jetty = new Server();
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
		connector.setHost(LOOPBACK);
		connector.setPort(setup.port());
		jetty.addConnector(connector);
		AccessPolicy policy = new AccessPolicy(token, connector::getLocalPort);
		jetty.setHandler(new AccessGuard(policy, List.of(WEBSOCKET_PATH, "/api"), content(setup)));
		try {
			jetty.start();
		} catch (Exception e) {
			stopQuietly(jetty, e);
			throw startFailure(setup.port(), e);
		}
		return new DiagramServer(jetty, connector.getLocalPort(), token);
	}

	private static ServletContextHandler content(DiagramServerSetup setup) {
		ServletContextHandler context = new ServletContextHandler();
		context.setContextPath("/");
		context.addServlet(new ServletHolder(new SessionServlet(setup.document())), "/api/session");
		context.addServlet(new ServletHolder(new IconServlet(setup.catalogs())), "/icons/*");
		context.addServlet(new ServletHolder(new StaticFileServlet(setup.webRoot())), "/");
		ServerEndpointConfig glsp = glspEndpoint(setup);
		JakartaWebSocketServletContainerInitializer.configure(context,
				(servletContext, container) -> container.addEndpoint(glsp));
		return context;
	}

	/** Each connection gets an injector (and so a GLSP server) of its own, as GLSP's launcher does. */
	private static ServerEndpointConfig glspEndpoint(DiagramServerSetup setup) {
		ServerModule serverModule = new SocialmapServerModule();
		setup.diagramModules().forEach(serverModule::configureDiagramModule);
		return ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, WEBSOCKET_PATH)
				.configurator(new GLSPConfigurator(() -> Guice.createInjector(serverModule)))
				.build();
	}

	private static IOException startFailure(int port, Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return new IOException("cannot listen on " + LOOPBACK + ":" + port + ": the port is in use", e);
			}
		}
		return e instanceof IOException io ? io : new IOException("the diagram server did not start: " + e.getMessage(), e);
	}

	private static void stopQuietly(Server jetty, Exception failure) {
		try {
			jetty.stop();
		} catch (Exception e) {
			failure.addSuppressed(e);
		}
	}

	/** The port the server listens on (the free one chosen when 0 was asked). */
	public int port() {
		return port;
	}

	/** This session's token. */
	public String token() {
		return token.value();
	}

	/** The page a browser opens: the web client, with the token it passes on to the websocket and API. */
	public URI pageUri() {
		return URI.create("http://" + LOOPBACK + ":" + port + "/?" + AccessGuard.TOKEN_PARAMETER + "=" + token.value());
	}

	/** The GLSP websocket, with the token. */
	public URI websocketUri() {
		return URI.create("ws://" + LOOPBACK + ":" + port + WEBSOCKET_PATH + "?" + AccessGuard.TOKEN_PARAMETER + "="
				+ token.value());
	}

	/** Stops serving, closes open websockets and releases the port. */
	@Override
	public void close() throws IOException {
		try {
			jetty.stop();
		} catch (Exception e) {
			throw new IOException("the diagram server did not stop cleanly: " + e.getMessage(), e);
		}
	}
}
