package org.socialmap.cli.sdk;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.socialmap.cli.UsageException;

/** The Socialmap update site a generated project builds against. */
public final class SocialmapSite {

	/** Where Socialmap's build writes its update site, relative to the checkout. */
	static final String BUILT_SITE = "releng/org.socialmap.repository/target/repository";

	private SocialmapSite() {
	}

	/** The site an option gives: an address with a scheme (file:, https:) as it is, anything else as a folder. */
	public static URI of(String option) throws UsageException {
		try {
			URI uri = new URI(option);
			if (uri.getScheme() != null && uri.getScheme().length() > 1) {
				return uri;
			}
		} catch (URISyntaxException e) {
			// Not an address: a folder, below.
		}
		Path folder = Path.of(option).toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new UsageException("--site " + option + ": no such folder (give the update site's folder or its address)");
		}
		return folder.toUri();
	}

	/**
	 * The update site of the checkout this command line was built in: the first {@value #BUILT_SITE} above
	 * {@code installation}, when there is one.
	 */
	public static Optional<URI> builtBeside(Path installation) {
		for (Path folder = installation.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			Path site = folder.resolve(BUILT_SITE);
			if (Files.isDirectory(site)) {
				return Optional.of(site.toUri());
			}
		}
		return Optional.empty();
	}
}
