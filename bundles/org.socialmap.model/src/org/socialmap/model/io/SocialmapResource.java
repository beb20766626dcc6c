package org.socialmap.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * A {@code *.socialmap} file: XMI whose references are written as the elements' ids, so the text
 * diffs well, loaded with a pooled parser and an id index, and saved atomically as every
 * {@link AtomicFileResource} is.
 */
public class SocialmapResource extends AtomicFileResource {

	/** Parsers are costly to create and safe to reuse one load at a time. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	public SocialmapResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		getDefaultLoadOptions().putAll(loadOptions());
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

	/** Loads that say where a reference is bad, and refuse references into other files. */
	@Override
	protected XMLLoad createXMLLoad() {
		return new SocialmapLoad(createXMLHelper());
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
}
