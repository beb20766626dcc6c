package org.socialmap.rules.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.socialmap.rules.SocialmapValidator;

/** Registers the rules with EMF's validator registry as soon as anything uses this bundle. */
public final class RulesActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		SocialmapValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		// EMF's registry keeps the validator until the JVM ends, as it keeps the package itself
	}
}
