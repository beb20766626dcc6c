package org.socialmap.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.render.DiagramKind;
import org.socialmap.diagram.render.ModelDrawing;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.report.ClientDiagrams;

/**
 * The map and team diagrams of every client, drawn as {@code socialmap render} draws them; when they
 * cannot be drawn (no Chromium, say) the report says why under each client.
 */
final class ReportDiagrams {

	private static final List<DiagramKind> SHOWN = List.of(DiagramKind.MAP, DiagramKind.TEAM);

	private ReportDiagrams() {
	}

	static Map<ClientCompany, ClientDiagrams> draw(Path file, Agency agency, CatalogRegistry catalogs) {
		Map<ClientCompany, ClientDiagrams> diagrams = new LinkedHashMap<>();
		try (ModelDrawing drawing = ModelDrawing.start(drawnDocument(file), catalogs, ModelDrawing.PATIENCE)) {
			for (ClientCompany client : agency.getClients()) {
				List<ClientDiagrams.Picture> pictures = new ArrayList<>();
				for (DiagramKind kind : SHOWN) {
					pictures.add(new ClientDiagrams.Picture(kind.title(), drawing.svg(client.getId(), kind)));
				}
				diagrams.put(client, ClientDiagrams.drawn(pictures));
			}
		} catch (IOException e) {
			agency.getClients().forEach(client -> diagrams.put(client, ClientDiagrams.missing(e.getMessage())));
		}
		return diagrams;
	}

	/**
	 * The model again, as the diagrams' server reads it (with its layout): the report's own copy
	 * stays untouched by their automatic layout.
	 */
	private static ModelDocument drawnDocument(Path file) throws IOException {
		return ModelDocument.open(file, ModelServices.installed(), ModelAccess.locked());
	}
}
