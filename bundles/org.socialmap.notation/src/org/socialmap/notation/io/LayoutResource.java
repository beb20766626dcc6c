package org.socialmap.notation.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.socialmap.model.io.AtomicFileResource;
import org.socialmap.model.io.SecureParserFeatures;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NotationFactory;

/**
 * A {@code *.smlayout} file: the layout of a model's diagrams, written as the model is (one
 * attribute a line, UTF-8, no XMI ids) and in one order whatever order it was built in, saved
 * atomically as every {@link AtomicFileResource} is. Loads refuse a DOCTYPE, as the model's do.
 */
public class LayoutResource extends AtomicFileResource {

	/** A load option: the {@link ElementLines} to fill with the line each element is read on. */
	static final String OPTION_RECORD_LINES = "SOCIALMAP_RECORD_LINES";

	public LayoutResource(URI uri) {
		super(uri);
		// Not OPTION_USE_DEPRECATED_METHODS false: without a parser pool, EMF 2.41 then sees no namespace at all.
		getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, SecureParserFeatures.FEATURES);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new LayoutLoad(createXMLHelper());
	}

	/** Writes a copy in {@link LayoutOrder}, so that the order things were placed in never shows in the file. */
	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		XMIResourceImpl ordered = new XMIResourceImpl(getURI());
		ordered.getContents().addAll(LayoutOrder.orderedCopy(getContents()));
		ordered.doSave(outputStream, options);
	}

	/**
	 * Drops whatever was read and starts an empty layout, to be laid out automatically; a save
	 * creates the file, and refuses should another program have created it meanwhile.
	 */
	Layout startEmpty() {
		getContents().clear();
		getErrors().clear();
		getWarnings().clear();
		Layout layout = NotationFactory.eINSTANCE.createLayout();
		getContents().add(layout);
		return layout;
	}

	/**
	 * Drops what was read from {@code unusable}, the bytes of a file that cannot serve as this
	 * layout, and starts an empty one. The file is kept as it is until a save replaces it, which it
	 * refuses should another program have changed it meanwhile.
	 */
	Layout startEmptyOver(byte[] unusable) {
		Layout layout = startEmpty();
		assumeFileHolds(unusable);
		return layout;
	}
}
