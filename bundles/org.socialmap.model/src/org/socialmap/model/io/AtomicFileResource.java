package org.socialmap.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI file Socialmap writes: one element and one attribute a line, and, for a local file, saved
 * atomically. A save never replaces a file another program changed since it was read here (see
 * {@link #save(Map)}). Models ({@link SocialmapResource}) and diagram layouts are such files.
 */
public abstract class AtomicFileResource extends XMIResourceImpl {

	/**
	 * A save option: the {@link Path} of a file in the same folder (such as {@code FILE.bak}) to
	 * which the file is copied, as it was, before it is replaced. Nothing is copied when the file does
	 * not change, and nothing when the save is refused.
	 */
	public static final String OPTION_BACKUP = "SOCIALMAP_BACKUP";

	/** What the local file held when this resource was last read from it or written to it. */
	private FileSnapshot fileOnDisk;

	protected AtomicFileResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().putAll(saveOptions());
	}

	/**
	 * The options Socialmap saves with: UTF-8, '\n' on every platform, and one element and one
	 * attribute per line, so that a diff shows exactly the values that changed.
	 */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_LINE_WIDTH, 1);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		return options;
	}

	/**
	 * Reads the resource and, for a local file, remembers what the file held: the bytes read here,
	 * whether EMF opened the file or a loader such as {@link SocialmapFiles} handed over the bytes it
	 * read from it.
	 */
	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		Path file = localFile();
		if (file == null) {
			super.doLoad(inputStream, options);
			return;
		}
		RecordingInputStream recording = new RecordingInputStream(inputStream);
		super.doLoad(recording, options);
		fileOnDisk = recording.snapshotOf(file);
	}

	/**
	 * Takes {@code content} as what the local file holds, as if this resource had been read from it:
	 * a save replaces it unless another program changed it since. For a file whose content could not
	 * be loaded, which the user was told is set aside until they save.
	 */
	protected final void assumeFileHolds(byte[] content) {
		Path file = localFile();
		fileOnDisk = file == null ? null : FileSnapshot.of(file, content);
	}

	/**
	 * Writes a resource that resolves to a local file (a file URI, or a platform or mapped URI that
	 * names one) with {@link AtomicFileWriter}'s guarantees: a failure leaves the previous file whole,
	 * an unchanged file is not touched at all. It refuses, with a {@link FileChangedException}, when
	 * the file no longer holds what this resource was read from or last wrote there, or, for a
	 * resource never read from it, when the file exists. Other URIs are written by EMF.
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		Path file = localFile();
		if (file == null) {
			super.save(options);
			return;
		}
		Map<Object, Object> merged = new HashMap<>(getDefaultSaveOptions());
		if (options != null) {
			merged.putAll(options);
		}
		ByteArrayOutputStream text = new ByteArrayOutputStream(64 * 1024);
		save(text, merged);
		FileSnapshot expected = fileOnDisk != null && fileOnDisk.file().equals(file) ? fileOnDisk : FileSnapshot.absent(file);
		fileOnDisk = AtomicFileWriter.standard().write(file, text.toByteArray(), expected, (Path) merged.get(OPTION_BACKUP));
		setModified(false);
	}

	/** The file this resource is read from and saved to, when it is a local one. */
	private Path localFile() {
		URI uri = getResourceSet() == null ? getURI() : getResourceSet().getURIConverter().normalize(getURI());
		URI resolved = CommonPlugin.resolve(uri);
		return resolved.isFile() ? Path.of(resolved.toFileString()).toAbsolutePath().normalize() : null;
	}
}
