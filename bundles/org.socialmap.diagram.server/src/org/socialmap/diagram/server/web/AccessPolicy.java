package org.socialmap.diagram.server.web;

import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Who may use the websocket and the API: only a page this server served (an {@code Origin} of
 * http://127.0.0.1:PORT or http://localhost:PORT, or none, as same-origin GETs and programs send)
 * that also shows the session token. The reasons are worded for the person reading the browser's
 * console or the HTTP answer.
 */
public final class AccessPolicy {

	private final SessionToken token;
	private final IntSupplier port;

	/** {@code port}: the port the server listens on, known only once it listens when 0 was asked. */
	public AccessPolicy(SessionToken token, IntSupplier port) {
		this.token = token;
		this.port = port;
	}

	/** Why the request is refused, or empty when it may go on. */
	public Optional<String> refusal(String origin, String presentedToken) {
		if (origin != null && !isOwnOrigin(origin)) {
			return Optional.of("Refused: this server only answers pages it served itself (http://127.0.0.1:"
					+ port.getAsInt() + "), not pages from another origin.");
		}
		if (presentedToken == null || presentedToken.isEmpty()) {
			return Optional.of("Refused: the session token is missing. Open the address socialmap serve printed, "
					+ "with its ?token=... part.");
		}
		if (!token.matches(presentedToken)) {
			return Optional.of("Refused: the session token is wrong. Open the address the running socialmap serve "
					+ "printed; a token of an earlier session no longer works.");
		}
		return Optional.empty();
	}

	private boolean isOwnOrigin(String origin) {
		int own = port.getAsInt();
		return origin.equals("http://127.0.0.1:" + own) || origin.equals("http://localhost:" + own);
	}
}
