package org.socialmap.diagram.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.di.DiagramModule;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.server.model.ModelDocuments;
import org.socialmap.diagram.server.model.ModelServices;
import org.socialmap.model.Agency;

/**
 * What a {@link DiagramServer} serves.
 *
 * @param modelFile      the model the page opens (its name and URI go to {@code /api/session})
 * @param agency         the model as loaded from {@code modelFile} (its clients go to {@code /api/session})
 * @param diagramModules one GLSP diagram module per diagram type, e.g. {@link DiagramTypes#all(ModelDocuments)}
 * @param webRoot        the web client's static files
 * @param catalogs       where {@code /icons/PLATFORM.svg} finds the platforms' icons
 * @param port           the port to listen on (on 127.0.0.1), or 0 for any free one
 */
public record DiagramServerSetup(Path modelFile, Agency agency, List<DiagramModule> diagramModules, WebRoot webRoot,
		CatalogRegistry catalogs, int port) {

	public DiagramServerSetup {
		diagramModules = List.copyOf(diagramModules);
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not a port number (0 to 65535; 0 for any free one)");
		}
	}

	/**
	 * The three diagrams of one model file with the installed catalogs and rules. The diagrams open
	 * the file again, once for all their sessions; the page may show no other file.
	 */
	public static DiagramServerSetup forFile(Path modelFile, Agency agency, WebRoot webRoot, CatalogRegistry catalogs,
			int port) {
		ModelDocuments documents = new ModelDocuments(List.of(modelFile), ModelServices.installed());
		return new DiagramServerSetup(modelFile, agency, DiagramTypes.all(documents), webRoot, catalogs, port);
	}
}
