package org.socialmap.diagram.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of one server session: whoever shows it may read and edit the model, so it is as
 * unguessable as a key (32 random bytes) and compared in constant time.
 */
public final class SessionToken {

	private static final int BYTES = 32;

	private final String value;

	private SessionToken(String value) {
		this.value = value;
	}

	public static SessionToken random() {
		byte[] bytes = new byte[BYTES];
		new SecureRandom().nextBytes(bytes);
		return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The token as it goes into URLs: base64url, no padding, nothing to escape. */
	public String value() {
		return value;
	}

	public boolean matches(String candidate) {
		return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
				candidate.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "SessionToken[hidden]"; // never in a log line by accident
	}
}
