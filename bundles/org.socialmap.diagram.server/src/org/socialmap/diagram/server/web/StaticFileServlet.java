package org.socialmap.diagram.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.socialmap.diagram.server.WebRoot;

/** The diagram client's files, from the web root only (see {@link StaticPath}); 404 for anything else. */
public final class StaticFileServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient WebRoot webRoot;

	public StaticFileServlet(WebRoot webRoot) {
		this.webRoot = webRoot;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<String> path = StaticPath.relative(request.getRequestURI());
		Optional<String> type = path.flatMap(ContentTypes::of);
		Optional<URL> file = type.isPresent() ? path.flatMap(webRoot::find) : Optional.empty();
		if (file.isEmpty()) {
			PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "Not found.");
			return;
		}
		response.setContentType(type.get());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-cache"); // a rebuilt client must not run stale code
		try (InputStream in = file.get().openStream()) {
			in.transferTo(response.getOutputStream());
		}
	}
}
