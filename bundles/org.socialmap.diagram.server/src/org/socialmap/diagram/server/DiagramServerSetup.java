package org.socialmap.diagram.server;

import java.util.List;

import org.eclipse.glsp.server.di.DiagramModule;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.document.ModelDocument;

/**
 * What a {@link DiagramServer} serves.
 *
 * @param document       the model the page opens (its name, URI and clients go to {@code /api/session})
 * @param diagramModules one GLSP diagram module per diagram type, e.g. {@link DiagramTypes#all(ServedDocument)}
 * @param webRoot        the web client's static files
 * @param catalogs       where {@code /icons/PLATFORM.svg} finds the platforms' icons
 * @param port           the port to listen on (on 127.0.0.1), or 0 for any free one
 */
public record DiagramServerSetup(ModelDocument document, List<DiagramModule> diagramModules, WebRoot webRoot,
		CatalogRegistry catalogs, int port) {

	public DiagramServerSetup {
		diagramModules = List.copyOf(diagramModules);
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not a port number (0 to 65535; 0 for any free one)");
		}
	}

	/**
	 * The three diagrams of one open model document; the page may show no other file. Its editors
	 * in Eclipse, if any, share the document with the diagrams.
	 */
	public static DiagramServerSetup forDocument(ModelDocument document, WebRoot webRoot, CatalogRegistry catalogs,
			int port) {
		return new DiagramServerSetup(document, DiagramTypes.all(new ServedDocument(document)), webRoot, catalogs, port);
	}
}
