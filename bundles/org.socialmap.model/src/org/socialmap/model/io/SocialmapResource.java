package org.socialmap.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * A {@code *.socialmap} file: XMI whose references are written as the elements' ids, so the text
 * diffs well, loaded with a pooled parser and an id index, and saved atomically. A save never
 * replaces a file another program changed since the model was read from it (see {@link #save(Map)}).
 */
public class SocialmapResource extends XMIResourceImpl {

	/**
	 * A save option: the {@link Path} of a file in the same folder (such as {@code FILE.bak}) to
	 * which the file is copied, as it was, before it is replaced. Nothing is copied when the file does
	 * not change, and nothing when the save is refused.
	 */
	public static final String OPTION_BACKUP = "SOCIALMAP_BACKUP";

	/** Parsers are costly to create and safe to reuse one load at a time. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	/** What the local file held when this model was last read from it or written to it. */
	private FileSnapshot fileOnDisk;

	public SocialmapResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	/** The options Socialmap loads with; {@code SocialmapFiles} and the benchmark use them too. */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, SecureParserFeatures.FEATURES);
		return options;
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
	 * Reads the model and, for a model of a local file, remembers what the file held: the bytes read
	 * here, whether EMF opened the file or {@link SocialmapFiles} handed over the bytes it read from it.
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

	/** Loads that say where a reference is bad, and refuse references into other files. */
	@Override
	protected XMLLoad createXMLLoad() {
		return new SocialmapLoad(createXMLHelper());
	}

	/**
	 * Writes a model that resolves to a local file (a file URI, or a platform or mapped URI that
	 * names one) with {@link AtomicFileWriter}'s guarantees: a failure leaves the previous file whole,
	 * an unchanged file is not touched at all. It refuses, with a {@link FileChangedException}, when
	 * the file no longer holds what this model was read from or last wrote there, or, for a model
	 * never read from it, when the file exists. Other URIs are written by EMF.
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

	/**
	 * Every write, whatever the URI or stream, refuses a model that refers to an element no longer in
	 * it: EMF would write a bare id, and the file would not open again.
	 */
	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		DanglingReferenceCheck.check(this);
		super.doSave(outputStream, options);
	}

	/** The file this resource is read from and saved to, when it is a local one. */
	private Path localFile() {
		URI uri = getResourceSet() == null ? getURI() : getResourceSet().getURIConverter().normalize(getURI());
		URI resolved = CommonPlugin.resolve(uri);
		return resolved.isFile() ? Path.of(resolved.toFileString()).toAbsolutePath().normalize() : null;
	}
}
