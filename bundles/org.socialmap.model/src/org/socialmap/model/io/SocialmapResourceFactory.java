package org.socialmap.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates the resources behind {@code *.socialmap} files. */
public class SocialmapResourceFactory extends ResourceFactoryImpl {

	/** The file extension of Socialmap models. */
	public static final String FILE_EXTENSION = "socialmap";

	@Override
	public Resource createResource(URI uri) {
		return new SocialmapResource(uri);
	}
}
