package org.socialmap.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What a platform is good for; rules and the assignment assistant reason with these. */
public enum Capability {
	REAL_TIME("real-time"),
	AGGREGATION("aggregation"),
	VIDEO("video"),
	PHOTO("photo"),
	LIBRARY("library"),
	COMMUNITY("community"),
	REACH("reach"),
	MESSAGING("messaging"),
	PROFESSIONAL("professional"),
	LONG_FORM("long-form"),
	LIVE_STREAMING("live-streaming"),
	LOCAL("local"),
	AUDIO("audio"),
	EPHEMERAL("ephemeral");

	private final String id;

	Capability(String id) {
		this.id = id;
	}

	/** The word catalog files use. */
	public String id() {
		return id;
	}

	public static Optional<Capability> fromId(String id) {
		return Arrays.stream(values()).filter(capability -> capability.id.equals(id)).findFirst();
	}
}
