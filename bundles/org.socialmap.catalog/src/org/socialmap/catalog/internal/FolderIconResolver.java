package org.socialmap.catalog.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/** Resolves catalog icons inside the folder that holds a catalog read without Eclipse. */
public final class FolderIconResolver implements IconResolver {

	private final URI root;

	/** {@code root} is absolute and ends with '/'. */
	public FolderIconResolver(URI root) {
		this.root = root.normalize();
	}

	@Override
	public URL resolve(String path) throws InvalidIconException {
		URI icon;
		try {
			icon = root.resolve(new URI(null, null, path, null)).normalize();
		} catch (URISyntaxException e) {
			throw new InvalidIconException("is not a valid path");
		}
		// a catalog may only show what its own folder ships, as inside a bundle
		if (root.relativize(icon).equals(icon)) {
			throw new InvalidIconException("lies outside " + root);
		}
		try {
			return IconFiles.checked(icon.toURL(), path);
		} catch (MalformedURLException e) {
			throw new InvalidIconException("cannot be read");
		}
	}
}
