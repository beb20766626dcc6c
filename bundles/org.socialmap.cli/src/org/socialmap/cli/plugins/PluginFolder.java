package org.socialmap.cli.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.framework.Version;

/**
 * The folder of the user's plug-ins: outside the installation, so that they survive its updates and
 * rebuilds. {@code SOCIALMAP_PLUGINS} names it; else {@code $XDG_DATA_HOME/socialmap/plugins}, else
 * {@code ~/.local/share/socialmap/plugins}. The bundles installed from it have {@code reference:}
 * locations under it, which is how the CLI tells them from the installation's own.
 */
public record PluginFolder(Path path) {

	public static final String VARIABLE = "SOCIALMAP_PLUGINS";

	/** Empty when neither the variables nor a home folder say where it is. */
	public static Optional<PluginFolder> of(Map<String, String> environment) {
		String explicit = environment.get(VARIABLE);
		if (explicit != null && !explicit.isBlank()) {
			return Optional.of(new PluginFolder(Path.of(explicit).toAbsolutePath()));
		}
		String data = environment.get("XDG_DATA_HOME");
		if (data != null && !data.isBlank()) {
			return Optional.of(new PluginFolder(Path.of(data, "socialmap", "plugins").toAbsolutePath()));
		}
		String home = environment.get("HOME");
		if (home != null && !home.isBlank()) {
			return Optional.of(new PluginFolder(Path.of(home, ".local", "share", "socialmap", "plugins")));
		}
		return Optional.empty();
	}

	/** The jars in the folder, by name; none when it does not exist. */
	public List<Path> jars() throws IOException {
		if (!Files.isDirectory(path)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(path)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
					.sorted().toList();
		}
	}

	/** Where {@code add} puts a plug-in: one file per name and version, so a newer version is a new file. */
	public Path fileFor(String symbolicName, Version version) {
		return path.resolve(symbolicName + "_" + version + ".jar");
	}

	/** The bundle location of a jar: a reference, so Equinox reads the jar where it is instead of copying it. */
	public static String location(Path jar) {
		return "reference:" + jar.toAbsolutePath().toUri();
	}

	/** Whether a bundle with this location was installed from this folder. */
	public boolean holds(String location) {
		String folder = path.toUri().toString();
		// toUri ends a folder with '/' only when it exists: without it, plugins-old/ would count as inside
		return location.startsWith("reference:" + (folder.endsWith("/") ? folder : folder + "/"));
	}

	/** The jar of a location this folder {@link #holds}. */
	public Path jarOf(String location) {
		return Path.of(java.net.URI.create(location.substring("reference:".length())));
	}
}
