package org.socialmap.catalog.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Leaves nothing behind when the bundle stops: the registry listener goes, and so does the cached registry. */
public final class CatalogActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		// nothing to do: the registry is built on first use
	}

	@Override
	public void stop(BundleContext context) {
		InstalledCatalogs.instance().close();
	}
}
