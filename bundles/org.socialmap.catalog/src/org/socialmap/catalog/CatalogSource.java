package org.socialmap.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A catalog file to read without a running Eclipse, laid out as in a catalog plug-in: a root
 * folder holds the file and the icons it names.
 *
 * @param contributor names the catalog in problems and breaks ties on equal priority, as the
 *                    contributing bundle's symbolic name does inside Eclipse
 * @param root        the folder that plays the plug-in's part: {@code file} and the catalog's icon
 *                    paths are relative to it; a hierarchical URI such as {@code file:} or
 *                    {@code bundleentry:}
 * @param file        the catalog file's path inside the root, e.g. {@code catalog/platforms.xml}
 * @param priority    what the extension's {@code priority} attribute says inside Eclipse
 */
public record CatalogSource(String contributor, URI root, String file, int priority) {

	public CatalogSource {
		Objects.requireNonNull(contributor, "contributor");
		Objects.requireNonNull(file, "file");
		if (!root.isAbsolute() || root.isOpaque()) {
			throw new IllegalArgumentException("the root of catalog " + contributor + "/" + file
					+ " must be an absolute folder address such as file:/...; it is " + root);
		}
		// resolving against a root without a trailing slash would drop its last segment
		root = root.toString().endsWith("/") ? root : URI.create(root + "/");
	}

	/**
	 * A catalog in a plug-in's folder on the default file system, with priority 0 and named after the
	 * folder, which in a source tree is the bundle's symbolic name.
	 */
	public static CatalogSource inFolder(Path folder, String file) {
		Path root = folder.toAbsolutePath().normalize();
		return new CatalogSource(root.getFileName().toString(), root.toUri(), file, 0);
	}
}
