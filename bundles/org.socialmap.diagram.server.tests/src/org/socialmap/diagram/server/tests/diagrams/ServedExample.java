package org.socialmap.diagram.server.tests.diagrams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.socialmap.diagram.server.diagram.DiagramKind;

/**
 * The example served afresh for each test: registered as an extension, it starts an
 * {@link ExampleServer} in a folder of its own before each test (and, if asked, opens a session on
 * one diagram), and closes it and deletes the folder after.
 */
final class ServedExample implements BeforeEachCallback, AfterEachCallback {

	private final Optional<DiagramKind> shown;
	private Path folder;
	private ExampleServer server;
	private Session session;

	/** Serves the example; the test opens its sessions itself. */
	ServedExample() {
		this(Optional.empty());
	}

	private ServedExample(Optional<DiagramKind> shown) {
		this.shown = shown;
	}

	/** Serves the example and opens a session showing diagram {@code kind} before each test. */
	static ServedExample showing(DiagramKind kind) {
		return new ServedExample(Optional.of(kind));
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		folder = Files.createTempDirectory("socialmap-served-example");
		server = ExampleServer.start(folder);
		session = shown.map(server::open).orElse(null);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		server.close();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** The folder the served model is in; a test may write other models beside it. */
	Path folder() {
		return folder;
	}

	ExampleServer server() {
		return server;
	}

	/** The session opened before the test on the diagram {@link #showing} named. */
	Session session() {
		return session;
	}

	/** A session of a new connection showing the example's client on diagram {@code kind}. */
	Session open(DiagramKind kind) {
		return server.open(kind);
	}
}
