package org.socialmap.tests.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWiring;

/** The example models the examples bundle ships, by file name: good files for tests to start from. */
public final class ExampleModels {

	private static final String BUNDLE = "org.socialmap.examples";

	private ExampleModels() {
	}

	public static Map<String, byte[]> all() {
		Map<String, byte[]> models = new TreeMap<>();
		for (URL entry : Collections.list(examplesBundle().findEntries("models", "*.socialmap", false))) {
			try (InputStream in = entry.openStream()) {
				models.put(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1), in.readAllBytes());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return models;
	}

	/** Through this bundle's Require-Bundle, which works before any bundle is started. */
	private static Bundle examplesBundle() {
		BundleWiring wiring = FrameworkUtil.getBundle(ExampleModels.class).adapt(BundleWiring.class);
		return wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE).stream()
				.map(wire -> wire.getProvider().getBundle())
				.filter(bundle -> bundle.getSymbolicName().equals(BUNDLE))
				.findFirst().orElseThrow(() -> new IllegalStateException(BUNDLE + " is not wired to " + ExampleModels.class));
	}
}
