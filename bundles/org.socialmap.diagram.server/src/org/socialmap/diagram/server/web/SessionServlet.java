package org.socialmap.diagram.server.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.socialmap.document.ModelDocument;
import org.socialmap.model.io.SocialmapFiles;

import com.google.gson.Gson;

/**
 * {@code GET /api/session}: what the page needs to open a diagram, as docs/diagrams.md specifies:
 * {@code { "file", "sourceUri", "clients": [{ "id", "name" }] }}. Behind {@link AccessGuard}.
 */
public final class SessionServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient ModelDocument document;

	public SessionServlet(ModelDocument document) {
		this.document = document;
	}

	record Client(String id, String name) {
	}

	record Session(String file, String sourceUri, List<Client> clients) {
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Path modelFile = document.file();
		List<Client> clients = document.access().call(() -> document.agency().getClients().stream()
				.map(client -> new Client(client.getId(), client.getName())).toList());
		Session session = new Session(modelFile.getFileName().toString(), SocialmapFiles.fileUri(modelFile).toString(), clients);
		response.setContentType("application/json;charset=utf-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		new Gson().toJson(session, response.getWriter());
	}
}
