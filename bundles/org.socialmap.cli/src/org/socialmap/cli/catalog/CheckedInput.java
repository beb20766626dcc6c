package org.socialmap.cli.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.socialmap.catalog.CatalogSource;
import org.socialmap.cli.catalog.PluginDescriptor.Contribution;
import org.socialmap.cli.catalog.PluginDescriptor.Note;

/**
 * One operand of {@code catalog check}, ready to merge: a plug-in jar (unpacked into a temporary
 * folder, removed on {@link #close()}) with all its catalogs, or one catalog file, read inside the
 * plug-in folder that holds it when there is one, so that its icons and priority are the plug-in's.
 */
final class CheckedInput implements AutoCloseable {

	/** More than any catalog plug-in holds: a bigger jar is refused rather than unpacked. */
	private static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private final String operand;
	private final Path root;
	private final Path unpacked;
	private final PluginDescriptor plugin;
	private final List<CatalogSource> sources;

	private CheckedInput(String operand, Path root, Path unpacked, PluginDescriptor plugin, List<CatalogSource> sources) {
		this.operand = operand;
		this.root = root;
		this.unpacked = unpacked;
		this.plugin = plugin;
		this.sources = List.copyOf(sources);
	}

	/** @throws IOException with a sentence that names the operand, when it cannot be read at all */
	static CheckedInput open(String operand) throws IOException {
		Path path = Path.of(operand);
		if (Files.isDirectory(path)) {
			throw new IOException(operand + ": is a folder; give a catalog file or a plug-in jar");
		}
		byte[] start;
		try (InputStream in = Files.newInputStream(path)) {
			start = in.readNBytes(ZIP_SIGNATURE.length);
		} catch (NoSuchFileException e) {
			throw new IOException(operand + ": does not exist");
		} catch (IOException e) {
			throw new IOException(operand + ": cannot be read");
		}
		if (Arrays.equals(start, ZIP_SIGNATURE)) {
			return jar(operand, path);
		}
		if (operand.toLowerCase(Locale.ROOT).endsWith(".jar")) {
			throw new IOException(operand + ": is not a jar (zip) file");
		}
		return file(operand, path);
	}

	private static CheckedInput jar(String operand, Path jar) throws IOException {
		Path folder = Files.createTempDirectory("socialmap-catalog-check");
		try {
			unpack(operand, jar, folder);
			PluginDescriptor plugin = PluginDescriptor.read(folder, jar.getFileName().toString());
			List<CatalogSource> sources = new ArrayList<>();
			for (Contribution catalog : plugin.catalogs()) {
				sources.add(new CatalogSource(plugin.symbolicName(), folder.toUri(), catalog.file(), catalog.priority()));
			}
			return new CheckedInput(operand, folder, folder, plugin, sources);
		} catch (IOException | RuntimeException e) {
			delete(folder);
			throw e;
		}
	}

	private static CheckedInput file(String operand, Path file) throws IOException {
		Path absolute = file.toAbsolutePath().normalize();
		Path pluginFolder = absolute.getParent();
		while (pluginFolder != null && !PluginDescriptor.isPlugin(pluginFolder)) {
			pluginFolder = pluginFolder.getParent();
		}
		if (pluginFolder == null) {
			CatalogSource source = CatalogSource.inFolder(absolute.getParent(), absolute.getFileName().toString());
			return new CheckedInput(operand, absolute.getParent(), null, null, List.of(source));
		}
		PluginDescriptor plugin = PluginDescriptor.read(pluginFolder, pluginFolder.getFileName().toString());
		String inPlugin = pluginFolder.relativize(absolute).toString().replace('\\', '/');
		int priority = plugin.catalogs().stream().filter(catalog -> catalog.file().equals(inPlugin))
				.mapToInt(Contribution::priority).findFirst().orElse(0);
		CatalogSource source = new CatalogSource(plugin.symbolicName(), pluginFolder.toUri(), inPlugin, priority);
		return new CheckedInput(operand, pluginFolder, null, plugin, List.of(source));
	}

	private static void unpack(String operand, Path jar, Path folder) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			long total = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder) || entry.isDirectory()) {
					continue; // a name that climbs out of the jar is nothing a bundle could load either
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = zip.getInputStream(entry)) {
					total += Files.copy(in, target);
				}
				if (total > MAX_UNPACKED_BYTES) {
					throw new IOException(operand + ": holds more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
							+ " MB, which is no catalog plug-in");
				}
			}
		} catch (ZipException e) {
			throw new IOException(operand + ": is not a readable jar (zip) file");
		}
	}

	/** What the user typed. */
	String operand() {
		return operand;
	}

	/** The plug-in's symbolic name, or null for a catalog file outside any plug-in. */
	String pluginName() {
		return plugin == null ? null : plugin.symbolicName();
	}

	List<CatalogSource> sources() {
		return sources;
	}

	/** What is wrong in the manifest or plugin.xml; none for a file outside any plug-in. */
	List<Note> pluginNotes() {
		return plugin == null ? List.of() : plugin.notes();
	}

	/**
	 * How messages name a file of this input: inside a jar "JAR!/path", else absolute or relative to
	 * the current folder as the user gave the input.
	 */
	String display(String fileInRoot) {
		if (unpacked != null) {
			return operand + "!/" + fileInRoot;
		}
		Path file = root.resolve(fileInRoot).normalize();
		return Path.of(operand).isAbsolute() ? file.toString() : Path.of("").toAbsolutePath().relativize(file).toString();
	}

	@Override
	public void close() {
		if (unpacked != null) {
			try {
				delete(unpacked);
			} catch (IOException e) {
				// the check is done and reported; a leftover folder in the temporary directory changes none of it
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(file);
			}
		}
	}
}
