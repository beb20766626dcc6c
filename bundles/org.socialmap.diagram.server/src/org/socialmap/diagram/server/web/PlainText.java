package org.socialmap.diagram.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Answers that are a sentence for a person, never an HTML error page that echoes the request. */
final class PlainText {

	private PlainText() {
	}

	static void send(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=utf-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getWriter().println(message);
	}
}
