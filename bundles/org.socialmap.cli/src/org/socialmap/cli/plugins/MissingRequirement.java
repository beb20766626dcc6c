package org.socialmap.cli.plugins;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirement of a bundle that nothing installed provides, in words: the bundle, package or Java
 * it names and the versions it accepts, read from the requirement's filter (which is all OSGi keeps).
 */
public final class MissingRequirement {

	private static final Pattern EE_VERSION = Pattern.compile("\\(version=(\\d+)(?:\\.0)*\\)");
	private static final Pattern AT_LEAST = Pattern.compile("(?<!!)\\((?:bundle-)?version>=([^)]+)\\)");
	private static final Pattern BELOW = Pattern.compile("\\(!\\((?:bundle-)?version>=([^)]+)\\)\\)");
	private static final Pattern ABOVE = Pattern.compile("\\(!\\((?:bundle-)?version<=([^)]+)\\)\\)");
	private static final Pattern AT_MOST = Pattern.compile("(?<!!)\\((?:bundle-)?version<=([^)]+)\\)");

	private MissingRequirement() {
	}

	/**
	 * @param namespace      the requirement's namespace, e.g. {@code osgi.wiring.bundle}
	 * @param filter         its {@code filter} directive
	 * @param installed      the versions of that bundle the installation has, for a bundle or host requirement
	 * @param runningJava    the feature version of the Java that runs the CLI
	 */
	public static String describe(String namespace, String filter, List<String> installed, int runningJava) {
		String f = filter == null ? "" : filter;
		return switch (namespace) {
		case "osgi.ee" -> {
			Matcher java = EE_VERSION.matcher(f);
			yield java.find() ? "it needs Java " + java.group(1) + " and this runs on Java " + runningJava
					: "it needs an execution environment this Java " + runningJava + " does not provide (" + f + ")";
		}
		case "osgi.wiring.bundle" -> "it requires bundle " + named(namespace, f) + versions(f) + installedOnes(installed);
		case "osgi.wiring.host" -> "it is a fragment of bundle " + named(namespace, f) + versions(f) + installedOnes(installed);
		case "osgi.wiring.package" -> "it imports package " + named(namespace, f) + versions(f) + ", which no installed bundle exports";
		default -> "it requires " + namespace + " " + f + ", which no installed bundle provides";
		};
	}

	private static String installedOnes(List<String> installed) {
		return installed.isEmpty() ? ", which is not installed" : ", and the installation has " + String.join(", ", installed);
	}

	/** The name a requirement's filter asks for in its namespace, e.g. the bundle's symbolic name. */
	static String named(String namespace, String filter) {
		Matcher name = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]+)\\)").matcher(filter);
		return name.find() ? name.group(1) : filter;
	}

	/** " version 1.0.0 or newer and older than 2.0.0", or nothing when any version will do. */
	private static String versions(String filter) {
		StringBuilder text = new StringBuilder();
		bound(text, AT_LEAST.matcher(filter), "%s or newer");
		bound(text, ABOVE.matcher(filter), "newer than %s");
		bound(text, BELOW.matcher(filter), "older than %s");
		bound(text, AT_MOST.matcher(filter), "%s or older");
		return text.isEmpty() ? "" : " version" + text;
	}

	private static void bound(StringBuilder text, Matcher matcher, String words) {
		if (matcher.find()) {
			text.append(text.isEmpty() ? " " : " and ").append(words.formatted(matcher.group(1)));
		}
	}
}
