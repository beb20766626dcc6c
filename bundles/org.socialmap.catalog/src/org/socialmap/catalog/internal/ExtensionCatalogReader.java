package org.socialmap.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;

/** Reads the catalogs contributed to {@value #EXTENSION_POINT}; a broken contribution becomes a problem, never an exception. */
public final class ExtensionCatalogReader {

	public static final String EXTENSION_POINT = "org.socialmap.catalog.catalogs";

	private final List<CatalogContribution> contributions = new ArrayList<>();
	private final List<CatalogProblem> problems = new ArrayList<>();

	public ExtensionCatalogReader(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("catalog".equals(element.getName())) {
				read(element);
			}
		}
	}

	public List<CatalogContribution> contributions() {
		return contributions;
	}

	public List<CatalogProblem> problems() {
		return problems;
	}

	private void read(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String file = element.getAttribute("file");
		if (file == null || file.isBlank()) {
			problems.add(new CatalogProblem(Severity.ERROR, contributor, "", "a <catalog> names no file; skipped"));
			return;
		}
		int priority;
		try {
			String value = element.getAttribute("priority");
			priority = value == null ? 0 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			problems.add(new CatalogProblem(Severity.ERROR, contributor, file,
					"priority '" + element.getAttribute("priority") + "' is not a whole number; the catalog is skipped"));
			return;
		}
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		URL url = bundle == null ? null : bundle.getEntry(file);
		if (url == null) {
			problems.add(new CatalogProblem(Severity.ERROR, contributor, file,
					"the catalog file does not exist in the contributing bundle; skipped"));
			return;
		}
		try (InputStream in = url.openStream()) {
			ParsedCatalog catalog = new CatalogParser(contributor, file, new BundleIconResolver(bundle)).parse(in);
			contributions.add(new CatalogContribution(contributor, file, priority, catalog));
		} catch (CatalogFormatException | IOException e) {
			problems.add(new CatalogProblem(Severity.ERROR, contributor, file, e.getMessage() + "; the catalog is skipped"));
		}
	}
}
