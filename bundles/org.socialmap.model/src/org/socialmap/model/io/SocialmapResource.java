package org.socialmap.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * diffs well, loaded with a pooled parser and an id index, and saved atomically.
 */
public class SocialmapResource extends XMIResourceImpl {

	/** Parsers are costly to create and safe to reuse one load at a time. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

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

	/** Loads that say where a reference is bad, and refuse references into other files. */
	@Override
	protected XMLLoad createXMLLoad() {
		return new SocialmapLoad(createXMLHelper());
	}

	/**
	 * Writes a model that resolves to a local file (a file URI, or a platform or mapped URI that
	 * names one) through a temporary sibling and an atomic rename, so a failure while saving leaves
	 * the previous file whole; an unchanged file is not touched at all. Other URIs are written by EMF.
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		URI local = localFile();
		if (local == null) {
			super.save(options);
			return;
		}
		Map<Object, Object> merged = new HashMap<>(getDefaultSaveOptions());
		if (options != null) {
			merged.putAll(options);
		}
		ByteArrayOutputStream text = new ByteArrayOutputStream(64 * 1024);
		save(text, merged);
		AtomicFileWriter.writeIfChanged(Path.of(local.toFileString()), text.toByteArray());
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

	/** The file this resource is saved to, when it is a local one. */
	private URI localFile() {
		URI uri = getResourceSet() == null ? getURI() : getResourceSet().getURIConverter().normalize(getURI());
		URI resolved = CommonPlugin.resolve(uri);
		return resolved.isFile() ? resolved : null;
	}
}
