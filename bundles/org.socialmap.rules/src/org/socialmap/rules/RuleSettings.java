package org.socialmap.rules;

import java.util.Properties;

/**
 * The thresholds of the rules and of the curator assignment assistant. Defaults are documented in
 * {@code docs/rules.md}; a properties file with the keys below overrides any of them.
 *
 * @param maxShareOfWork      a member holding more than this share of a client's curation work
 *                            (hours, or roles when no hours are given) is flagged ({@value #MAX_SHARE_OF_WORK}, default 0.5)
 * @param maxWorkloadRatio    a member whose curations take more than this multiple of their weekly
 *                            hours is flagged ({@value #MAX_WORKLOAD_RATIO}, default 1.0)
 * @param hoursPerRole        the weekly hours the assistant counts for each owner or backup role it
 *                            proposes ({@value #HOURS_PER_ROLE}, default 1.0)
 * @param maxShareOfRoles     the assistant never gives one member more than this share of a client's
 *                            owner and backup roles ({@value #MAX_SHARE_OF_ROLES}, default 0.5)
 */
public record RuleSettings(double maxShareOfWork, double maxWorkloadRatio, double hoursPerRole, double maxShareOfRoles) {

	public static final String MAX_SHARE_OF_WORK = "maxShareOfWork";
	public static final String MAX_WORKLOAD_RATIO = "maxWorkloadRatio";
	public static final String HOURS_PER_ROLE = "hoursPerRole";
	public static final String MAX_SHARE_OF_ROLES = "maxShareOfRoles";

	private static final RuleSettings DEFAULTS = new RuleSettings(0.5, 1.0, 1.0, 0.5);

	public RuleSettings {
		requireInRange(MAX_SHARE_OF_WORK, maxShareOfWork, 0, 1);
		requireInRange(MAX_WORKLOAD_RATIO, maxWorkloadRatio, 0, 100);
		requireInRange(HOURS_PER_ROLE, hoursPerRole, 0.01, 168);
		requireInRange(MAX_SHARE_OF_ROLES, maxShareOfRoles, 0.01, 1);
	}

	public static RuleSettings defaults() {
		return DEFAULTS;
	}

	/** The defaults, overridden by whichever keys {@code properties} holds. */
	public static RuleSettings from(Properties properties) {
		return new RuleSettings(
				number(properties, MAX_SHARE_OF_WORK, DEFAULTS.maxShareOfWork),
				number(properties, MAX_WORKLOAD_RATIO, DEFAULTS.maxWorkloadRatio),
				number(properties, HOURS_PER_ROLE, DEFAULTS.hoursPerRole),
				number(properties, MAX_SHARE_OF_ROLES, DEFAULTS.maxShareOfRoles));
	}

	private static double number(Properties properties, String key, double fallback) {
		String value = properties.getProperty(key);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("setting " + key + "='" + value + "' is not a number", e);
		}
	}

	private static void requireInRange(String key, double value, double min, double max) {
		if (!(value >= min && value <= max)) {
			throw new IllegalArgumentException("setting " + key + "=" + value + " is outside [" + min + ", " + max + "]");
		}
	}
}
