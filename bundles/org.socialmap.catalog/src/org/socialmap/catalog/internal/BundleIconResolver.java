package org.socialmap.catalog.internal;

import java.net.URL;

import org.osgi.framework.Bundle;

/** Resolves catalog icons inside the contributing bundle. */
public final class BundleIconResolver implements IconResolver {

	private final Bundle bundle;

	public BundleIconResolver(Bundle bundle) {
		this.bundle = bundle;
	}

	@Override
	public URL resolve(String path) throws InvalidIconException {
		URL url = bundle.getEntry(path);
		if (url == null) {
			throw new InvalidIconException("does not exist in bundle " + bundle.getSymbolicName());
		}
		return IconFiles.checked(url, path);
	}
}
