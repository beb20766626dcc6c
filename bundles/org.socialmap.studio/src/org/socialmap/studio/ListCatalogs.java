package org.socialmap.studio;

import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;

/**
 * {@code socialmap-studio -application org.socialmap.studio.catalogs}: the catalogs this studio
 * installation loads, without opening a window; after installing a catalog plug-in, it shows
 * whether the studio has it. One line per catalog ({@code catalog ID from PLUG-IN/FILE: N platforms}),
 * then one per problem ({@code error|warning WHERE: MESSAGE}); exit code 0, or 1 when a catalog
 * has an error.
 */
public final class ListCatalogs implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		CatalogRegistry registry = Catalogs.registry();
		for (CatalogInfo catalog : registry.catalogs()) {
			System.out.println("catalog " + catalog.id() + " from " + catalog.contributor() + "/" + catalog.file() + ": "
					+ catalog.platformCount() + (catalog.platformCount() == 1 ? " platform" : " platforms"));
		}
		boolean errors = false;
		for (CatalogProblem problem : registry.problems()) {
			errors |= problem.severity() == CatalogProblem.Severity.ERROR;
			System.out.println(problem.severity().name().toLowerCase(Locale.ROOT) + " " + problem.where() + ": " + problem.message());
		}
		return errors ? Integer.valueOf(1) : IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// start returns at once
	}
}
