package org.socialmap.cli.sdk;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a catalog plug-in project from the template's files, with the plug-in's names in place of the
 * placeholders: {@code __ID__}, {@code __PACKAGE_PATH__}, {@code __CLASS__} and {@code _dot_} in paths
 * (resources of a bundle keep no dot files), {@code @@ID@@}, {@code @@PACKAGE@@}, {@code @@CLASS@@} and
 * {@code @@SITE@@} in contents.
 */
public final class CatalogProjectWriter {

	private final Map<String, String> pathNames;
	private final Map<String, String> textNames;

	public CatalogProjectWriter(CatalogPluginName name, URI socialmapSite) {
		this.pathNames = Map.of("__ID__", name.id(), "__PACKAGE_PATH__", name.packagePath(), "__CLASS__",
				name.classStem(), "_dot_", ".");
		this.textNames = Map.of("@@ID@@", name.id(), "@@PACKAGE@@", name.packageName(), "@@CLASS@@",
				name.classStem(), "@@SITE@@", socialmapSite.toString());
	}

	/**
	 * Writes {@code files} under {@code folder}, which must not exist or be empty.
	 *
	 * @return the paths written, relative to {@code folder}
	 */
	public List<Path> write(List<TemplateFile> files, Path folder) throws IOException {
		refuseNonEmpty(folder);
		List<Path> written = new ArrayList<>();
		for (TemplateFile file : files) {
			Path relative = Path.of(substitute(file.path(), pathNames));
			Path target = folder.resolve(relative);
			Files.createDirectories(target.getParent());
			Files.writeString(target, substitute(file.text(), textNames));
			if (file.executable()) {
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
			written.add(relative);
		}
		return written;
	}

	private static void refuseNonEmpty(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IOException("folder " + folder + " already exists and is not empty: choose another with"
							+ " --dir, or empty it first (nothing was written)");
				}
			}
		} else if (Files.exists(folder)) {
			throw new IOException(folder + " exists and is not a folder: choose another with --dir (nothing was written)");
		}
	}

	private static String substitute(String text, Map<String, String> names) {
		String result = text;
		for (Map.Entry<String, String> name : names.entrySet()) {
			result = result.replace(name.getKey(), name.getValue());
		}
		return result;
	}
}
