package org.socialmap.diagram.server.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to the server under test: through java.net.http, or byte for byte when the path must reach it unchanged. */
final class Http {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

	private Http() {
	}

	static HttpResponse<String> get(URI uri, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(PATIENCE).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The whole answer (status line, headers, body) to {@code GET target}, the target sent exactly as given. */
	static String raw(int port, String target) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout((int) PATIENCE.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			try (InputStream in = socket.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			}
		}
	}

	static int status(String rawAnswer) {
		return Integer.parseInt(rawAnswer.split(" ", 3)[1]);
	}
}
