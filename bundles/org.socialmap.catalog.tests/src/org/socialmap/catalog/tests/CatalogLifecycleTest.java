package org.socialmap.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.internal.InstalledCatalogs;
import org.socialmap.tests.common.Conditions;

/** The catalog bundle stops cleanly and starts again, and the registry keeps following plug-ins that come and go. */
class CatalogLifecycleTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final Bundle catalogBundle = FrameworkUtil.getBundle(Catalogs.class);

	@Test
	void stoppingTheBundleDropsTheRegistryAndStartingAgainRebuildsIt() throws BundleException {
		CatalogRegistry before = Catalogs.registry();

		restartCatalogBundle();

		CatalogRegistry after = Catalogs.registry();
		assertNotSame(before, after);
		assertEquals(ids(before), ids(after));
	}

	@Test
	void closingStopsListeningToTheExtensionRegistry() {
		IExtensionRegistry extensions = RegistryFactory.getRegistry();
		List<Object> added = new ArrayList<>();
		List<Object> removed = new ArrayList<>();
		IExtensionRegistry recording = (IExtensionRegistry) Proxy.newProxyInstance(IExtensionRegistry.class.getClassLoader(),
				new Class<?>[] { IExtensionRegistry.class }, (proxy, method, args) -> {
					if (method.getName().equals("addListener")) {
						added.add(args[0]);
					} else if (method.getName().equals("removeListener")) {
						removed.add(args[0]);
					}
					try {
						return method.invoke(extensions, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
		InstalledCatalogs installed = new InstalledCatalogs(() -> recording);

		installed.registry();
		installed.registry();
		installed.close();

		assertEquals(List.of(installed), added, "one listener, however often the registry is asked for");
		assertEquals(List.of(installed), removed);
	}

	@Test
	void afterARestartAPluginThatComesAndGoesChangesTheRegistry() throws BundleException, IOException {
		restartCatalogBundle();
		Catalogs.registry();

		Bundle plugin = catalogBundle.getBundleContext().installBundle("socialmap-test:dynamic-catalog", pluginJar());
		try {
			assertTrue(frameworkWiring().resolveBundles(List.of(plugin)), "the test plug-in resolves");
			awaitRegistry(registry -> registry.platform("test.dynamic").isPresent(), "the new plug-in's platform");
		} finally {
			plugin.uninstall();
		}
		awaitRegistry(registry -> registry.platform("test.dynamic").isEmpty(), "the removed plug-in's platform gone");
	}

	private void restartCatalogBundle() throws BundleException {
		catalogBundle.stop();
		catalogBundle.start();
		assertEquals(Bundle.ACTIVE, catalogBundle.getState());
	}

	private FrameworkWiring frameworkWiring() {
		return catalogBundle.getBundleContext().getBundle(0).adapt(FrameworkWiring.class);
	}

	/** Registry events arrive on their own thread, a moment after the plug-in changed. */
	private static void awaitRegistry(Predicate<CatalogRegistry> condition, String what) {
		Conditions.await(() -> condition.test(Catalogs.registry()), PATIENCE, what);
	}

	private static List<String> ids(CatalogRegistry registry) {
		return registry.platforms().stream().map(platform -> platform.id()).toList();
	}

	/** A data-only catalog plug-in, as an agency would ship one. */
	private static ByteArrayInputStream pluginJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", "test.dynamic.catalog;singleton:=true");
		attributes.putValue("Bundle-Version", "1.0.0");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			entry(jar, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.socialmap.catalog.catalogs">
					      <catalog file="catalog/dynamic.xml"/>
					   </extension>
					</plugin>
					""");
			entry(jar, "catalog/dynamic.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<catalog xmlns="http://www.socialmap.org/catalog/1.0" id="test.dynamic" name="Comes and goes">
					  <platform id="test.dynamic" name="Dynamic" kinds="photo"/>
					</catalog>
					""");
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

	private static void entry(JarOutputStream jar, String name, String text) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		jar.write(text.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}
}
