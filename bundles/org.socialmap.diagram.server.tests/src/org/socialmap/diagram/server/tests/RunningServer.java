package org.socialmap.diagram.server.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.socialmap.catalog.Catalogs;
import org.socialmap.diagram.server.DiagramServer;
import org.socialmap.diagram.server.DiagramServerSetup;
import org.socialmap.diagram.server.WebRoot;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.tests.common.ExampleModels;

/**
 * A diagram server on the shipped example with the test diagram, serving a web root of a few files
 * in a folder; beside that folder lies a secret no request may reach.
 */
final class RunningServer implements AutoCloseable {

	static final String EXAMPLE = "social-media-in-azienda.socialmap";
	static final String SECRET = "not-for-the-browser-" + System.nanoTime();
	static final String INDEX = "<!doctype html><title>socialmap test page</title>";

	final Path folder;
	final Path model;
	final DiagramServer server;

	private RunningServer(Path folder, Path model, DiagramServer server) {
		this.folder = folder;
		this.model = model;
		this.server = server;
	}

	static RunningServer start(Path folder) throws IOException {
		Path webroot = Files.createDirectories(folder.resolve("webroot"));
		write(webroot.resolve("index.html"), INDEX);
		write(webroot.resolve("bundle.js"), "console.log('socialmap');");
		write(Files.createDirectories(webroot.resolve("css")).resolve("diagram.css"), ".node { fill: white; }");
		write(folder.resolve("secret.txt"), SECRET);
		Path model = folder.resolve(EXAMPLE);
		Files.write(model, ExampleModels.all().get(EXAMPLE));
		ModelDocument document = ModelDocument.open(model, ModelServices.installed(), ModelAccess.locked());
		DiagramServer server = DiagramServer.start(new DiagramServerSetup(document, List.of(new TestDiagramModule()),
				WebRoot.ofFolder(webroot), Catalogs.registry(), 0));
		return new RunningServer(folder, model, server);
	}

	private static void write(Path file, String content) throws IOException {
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	String ownOrigin() {
		return "http://127.0.0.1:" + server.port();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
