package org.socialmap.catalog;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A social platform as a catalog describes it.
 *
 * @param id          stable id that presences and affinities name
 * @param kinds       platform kind ids, the primary kind first
 * @param urlPattern  public profile address with a {@code {handle}} placeholder, or null
 * @param icon        the icon inside the contributing bundle, or null when it has none usable
 * @param launched    yyyy, yyyy-MM or yyyy-MM-dd, or null
 * @param closed      when the public service shut down, or null while it runs
 * @param catalogId   the catalog whose definition this is
 */
public record Platform(String id, String name, List<String> kinds, Set<Capability> capabilities, String urlPattern,
		URL icon, PlatformStatus status, String launched, String closed, String description, String catalogId) {

	public Platform {
		kinds = List.copyOf(kinds);
		capabilities = Set.copyOf(capabilities);
	}

	public boolean isClosed() {
		return status == PlatformStatus.CLOSED;
	}

	public boolean hasKind(String kindId) {
		return kinds.contains(kindId);
	}

	/** The primary kind, if the platform has any. */
	public Optional<String> primaryKind() {
		return kinds.stream().findFirst();
	}

	/** The public address of a handle on this platform, when the catalog gives a pattern. */
	public Optional<String> profileUrl(String handle) {
		if (urlPattern == null || handle == null || handle.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(urlPattern.replace("{handle}", handle.strip()));
	}
}
