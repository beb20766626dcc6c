package org.socialmap.diagram.render;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.render.chromium.ChromiumException;
import org.socialmap.diagram.server.DiagramServer;
import org.socialmap.diagram.server.DiagramServerSetup;
import org.socialmap.diagram.server.WebRoot;
import org.socialmap.document.ModelDocument;

/**
 * Draws the diagrams of one model without a display: a diagram server of its own on 127.0.0.1
 * (with its session token) and a headless Chromium that opens the editor's page and exports what
 * it shows.
 */
public final class ModelDrawing implements AutoCloseable {

	/** How long a step may take: Chromium's start and a first drawing take seconds; a minute means something is wrong. */
	public static final Duration PATIENCE = Duration.ofSeconds(60);

	private final DiagramServer server;
	private final DiagramPictures pictures;

	private ModelDrawing(DiagramServer server, DiagramPictures pictures) {
		this.server = server;
		this.pictures = pictures;
	}

	/** Starts the server and Chromium; each drawing step waits at most {@code patience}. */
	public static ModelDrawing start(ModelDocument document, CatalogRegistry catalogs, Duration patience)
			throws IOException, ChromiumException {
		WebRoot client = WebRoot.ofBundle(WebRoot.CLIENT_BUNDLE)
				.orElseThrow(() -> new IOException("the diagram client (" + WebRoot.CLIENT_BUNDLE + ") is not installed"));
		DiagramServer server = DiagramServer.start(DiagramServerSetup.forDocument(document, client, catalogs, 0));
		try {
			return new ModelDrawing(server, DiagramPictures.start(patience));
		} catch (ChromiumException e) {
			server.close();
			throw e;
		}
	}

	/** The diagram of the client with id {@code clientId}, as a self-contained SVG document. */
	public String svg(String clientId, DiagramKind kind) throws ChromiumException {
		return pictures.svg(page(clientId, kind));
	}

	/** The same drawing as {@link #svg}, as PNG bytes. */
	public byte[] png(String clientId, DiagramKind kind) throws ChromiumException {
		return pictures.png(page(clientId, kind));
	}

	private URI page(String clientId, DiagramKind kind) {
		return URI.create(server.pageUri() + "&diagram=" + kind.id() + "&client="
				+ URLEncoder.encode(clientId, StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws IOException {
		pictures.close();
		server.close();
	}
}
