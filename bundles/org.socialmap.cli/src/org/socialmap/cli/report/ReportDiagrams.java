package org.socialmap.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.render.DiagramKind;
import org.socialmap.diagram.render.ModelDrawing;
import org.socialmap.document.ModelDocument;
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

	static Map<ClientCompany, ClientDiagrams> draw(ModelDocument document, CatalogRegistry catalogs) {
		Map<ClientCompany, ClientDiagrams> diagrams = new LinkedHashMap<>();
		List<ClientCompany> clients = document.agency().getClients();
		try (ModelDrawing drawing = ModelDrawing.start(document, catalogs, ModelDrawing.PATIENCE)) {
			for (ClientCompany client : clients) {
				List<ClientDiagrams.Picture> pictures = new ArrayList<>();
				for (DiagramKind kind : SHOWN) {
					pictures.add(new ClientDiagrams.Picture(kind.title(), drawing.svg(client.getId(), kind)));
				}
				diagrams.put(client, ClientDiagrams.drawn(pictures));
			}
		} catch (IOException e) {
			clients.forEach(client -> diagrams.put(client, ClientDiagrams.missing(e.getMessage())));
		}
		return diagrams;
	}
}
