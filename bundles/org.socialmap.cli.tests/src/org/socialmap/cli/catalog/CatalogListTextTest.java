package org.socialmap.cli.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformStatus;

/**
 * Catalogs are files of plug-ins, so {@code catalog list} shows their control characters escaped like
 * a model's. In this package because the listing is package-private.
 */
class CatalogListTextTest {

	private static final String TITLE = "\u001b]0;pwned\u0007";

	@Test
	void catalogTextIsEscaped() {
		Platform platform = new Platform("evil", "Evil" + TITLE, List.of(), Set.of(), null, null, PlatformStatus.ACTIVE, null,
				null, null, "evil.catalog");
		CatalogRegistry registry = new CatalogRegistry(Map.of("evil", platform), Map.of(), Map.of(),
				List.of(new CatalogInfo("evil.catalog", "Evil" + TITLE, "org.example", "catalog/evil.xml", 0, 1, 0, 0)),
				List.of(new CatalogProblem(CatalogProblem.Severity.WARNING, "org.example", "catalog/evil.xml", 0,
						"line one\nwarning forged" + TITLE)));

		String listing = CatalogListText.of(registry);

		assertEquals("""
				Catalogs (1)
				  evil.catalog: Evil\\e]0;pwned\\x07
				    from org.example/catalog/evil.xml, priority 0
				    1 platforms, 0 kinds, 0 organisation models

				Platforms (1)
				  ID    NAME                STATUS  KINDS  CAPABILITIES
				  evil  Evil\\e]0;pwned\\x07  active

				Platform kinds (0)
				  ID  NAME

				Organisation models (0)
				  ID  NAME  STRUCTURE  SOURCE

				Problems (1)
				  warning org.example/catalog/evil.xml: line one\\nwarning forged\\e]0;pwned\\x07
				""", listing);
	}
}
