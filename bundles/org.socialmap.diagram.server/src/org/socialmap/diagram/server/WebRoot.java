package org.socialmap.diagram.server;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Where the static files of the diagram client come from: the {@code webroot/} folder of the client
 * bundle, or a folder (tests, development). Paths given to {@link #find} are already checked
 * ({@code web.StaticPath}); each implementation still refuses to leave its root.
 */
@FunctionalInterface
public interface WebRoot {

	/** The bundle that carries the web client. */
	String CLIENT_BUNDLE = "org.socialmap.diagram.client";

	/** The file at {@code relativePath} ("index.html", "js/bundle.js"), when there is one. */
	Optional<URL> find(String relativePath);

	/** The {@code webroot/} folder of the installed bundle {@code symbolicName} (its newest version), if installed. */
	static Optional<WebRoot> ofBundle(String symbolicName) {
		BundleContext context = FrameworkUtil.getBundle(WebRoot.class).getBundleContext();
		return Arrays.stream(context.getBundles())
				.filter(bundle -> symbolicName.equals(bundle.getSymbolicName()))
				.max(Comparator.comparing(Bundle::getVersion))
				.map(bundle -> relativePath -> Optional.ofNullable(bundle.getEntry("webroot/" + relativePath))
						.filter(url -> !url.getPath().endsWith("/")));
	}

	static WebRoot ofFolder(Path folder) {
		return relativePath -> {
			try {
				Path root = folder.toRealPath();
				Path file = root.resolve(relativePath).normalize();
				// toRealPath follows links: a link inside the folder may not lead out of it
				return file.startsWith(root) && Files.isRegularFile(file) && file.toRealPath().startsWith(root)
						? Optional.of(file.toUri().toURL()) : Optional.empty();
			} catch (IOException e) {
				return Optional.empty();
			}
		};
	}
}
