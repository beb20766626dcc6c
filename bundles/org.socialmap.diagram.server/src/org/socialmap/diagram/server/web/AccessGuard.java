package org.socialmap.diagram.server.web;

import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Stands before everything the server serves and answers 403 to a request for the websocket or the
 * API (or any websocket upgrade) that {@link AccessPolicy} refuses, before a websocket handshake or a
 * servlet ever sees it. Static files and icons hold no model data and pass.
 */
public final class AccessGuard extends Handler.Wrapper {

	public static final String TOKEN_PARAMETER = "token";

	private final AccessPolicy policy;
	private final List<String> guardedPrefixes;

	/** {@code guardedPrefixes}: paths starting with one of them need the token, e.g. "/api". */
	public AccessGuard(AccessPolicy policy, List<String> guardedPrefixes, Handler handler) {
		super(handler);
		this.policy = policy;
		this.guardedPrefixes = List.copyOf(guardedPrefixes);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		if (isGuarded(request)) {
			Optional<String> refusal = policy.refusal(request.getHeaders().get(HttpHeader.ORIGIN), token(request));
			if (refusal.isPresent()) {
				response.setStatus(HttpStatus.FORBIDDEN_403);
				response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
				Content.Sink.write(response, true, refusal.get() + "\n", callback);
				return true;
			}
		}
		return super.handle(request, response, callback);
	}

	private boolean isGuarded(Request request) {
		String path = Request.getPathInContext(request);
		return request.getHeaders().contains(HttpHeader.UPGRADE, "websocket")
				|| guardedPrefixes.stream().anyMatch(path::startsWith);
	}

	/** The one token parameter; none when missing or given twice (which one would count?). */
	private static String token(Request request) {
		List<String> values = Request.extractQueryParameters(request).getValues(TOKEN_PARAMETER);
		return values != null && values.size() == 1 ? values.get(0) : null;
	}
}
