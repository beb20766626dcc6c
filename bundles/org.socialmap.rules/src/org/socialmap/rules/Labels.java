package org.socialmap.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;

/**
 * How findings, reasons and reports name elements and write numbers: an element by its name, else
 * its id (in quotes inside sentences); presences with their platform's name; hours as people write them.
 */
public final class Labels {

	private Labels() {
	}

	/** The element's name, or its id when it has none. */
	public static String name(ModelElement element) {
		if (element == null) {
			return "(none)";
		}
		return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
	}

	/** The name in quotes, for sentences: {@code 'Ada'}. */
	public static String of(ModelElement element) {
		return element == null ? "(none)" : "'" + name(element) + "'";
	}

	public static String of(Presence presence, CatalogRegistry catalogs) {
		return of(presence) + " on " + platformName(presence.getPlatform(), catalogs);
	}

	public static String platformName(String platformId, CatalogRegistry catalogs) {
		return catalogs.platform(platformId).map(Platform::name).orElse("'" + platformId + "'");
	}

	/** Hours and counts as people write them: 6, 2.5, 0.25 (at most two decimals). */
	public static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** A share as a whole percentage: 0.4286 reads 43%. */
	public static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	/** "1 member", "3 members". */
	public static String count(long count, String singular) {
		return count + " " + singular + (count == 1 ? "" : "s");
	}
}
