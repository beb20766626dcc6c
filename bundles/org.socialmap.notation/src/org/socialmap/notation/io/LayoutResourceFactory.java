package org.socialmap.notation.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates the resources behind {@code *.smlayout} files. */
public class LayoutResourceFactory extends ResourceFactoryImpl {

	/** The file extension of diagram layouts. */
	public static final String FILE_EXTENSION = "smlayout";

	@Override
	public Resource createResource(URI uri) {
		return new LayoutResource(uri);
	}
}
