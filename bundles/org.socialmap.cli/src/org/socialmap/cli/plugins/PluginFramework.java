package org.socialmap.cli.plugins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.socialmap.cli.UsageException;

/**
 * The running Equinox as the plug-in commands see it: installs a jar by reference, resolves it with
 * the resolver, starts it, and explains in words why one does not resolve. What it installs or
 * uninstalls is kept in the configuration area, so later runs start with it.
 */
public final class PluginFramework {

	private final BundleContext context;
	private final PluginFolder folder;

	public PluginFramework(BundleContext context, PluginFolder folder) {
		this.context = context;
		this.folder = folder;
	}

	/** The framework that runs the CLI bundle. */
	public static PluginFramework running(PluginFolder folder) {
		return new PluginFramework(FrameworkUtil.getBundle(PluginFramework.class).getBundleContext(), folder);
	}

	/** For the plugins commands: the running framework and the user's plug-in folder. */
	public static PluginFramework forCommand() throws UsageException {
		return running(PluginFolder.of(System.getenv()).orElseThrow(() -> new UsageException(
				"no plug-in folder: set " + PluginFolder.VARIABLE + ", XDG_DATA_HOME or HOME")));
	}

	public PluginFolder folder() {
		return folder;
	}

	/** The bundles installed from the plug-in folder. */
	public List<Bundle> plugins() {
		return Arrays.stream(context.getBundles()).filter(bundle -> folder.holds(bundle.getLocation())).toList();
	}

	/**
	 * The bundles installed from outside the installation: the product installs nothing there, so
	 * they come from this plug-in folder or from one used before (another SOCIALMAP_PLUGINS).
	 */
	public List<Bundle> fromOutsideTheInstallation() {
		String installation = fileLocation(context.getProperty("osgi.install.area"));
		return Arrays.stream(context.getBundles()).filter(bundle -> {
			String jar = fileLocation(bundle.getLocation());
			return jar != null && jar.startsWith("/") && (installation == null || !jar.startsWith(installation));
		}).toList();
	}

	/** The path of a {@code file:} or {@code reference:file:} location as written, or null for any other. */
	private static String fileLocation(String location) {
		if (location == null) {
			return null;
		}
		String file = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
		return file.startsWith("file:") ? file.substring("file:".length()).replaceFirst("^//", "") : null;
	}

	/** Every installed bundle with this name, the installation's own and the plug-ins. */
	public List<Bundle> named(String symbolicName) {
		return Arrays.stream(context.getBundles()).filter(bundle -> symbolicName.equals(bundle.getSymbolicName())).toList();
	}

	public boolean isPlugin(Bundle bundle) {
		return folder.holds(bundle.getLocation());
	}

	/** The bundle installed from this location, if there is one. */
	public Optional<Bundle> at(String location) {
		return Optional.ofNullable(context.getBundle(location));
	}

	public Bundle install(String location) throws BundleException {
		return context.installBundle(location);
	}

	/** Resolves them as far as they go; true when all resolved. */
	public boolean resolve(Collection<Bundle> bundles) {
		return frameworkWiring().resolveBundles(bundles);
	}

	public static boolean isResolved(Bundle bundle) {
		return (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) != 0;
	}

	/** Starts a resolved bundle as its manifest asks (lazily when it says so); fragments are not started. */
	public static void start(Bundle bundle) throws BundleException {
		if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
			bundle.start(Bundle.START_ACTIVATION_POLICY);
		}
	}

	/** Uninstalls them and waits until the framework has dropped their wiring, so a replacement can resolve. */
	public void uninstall(Collection<Bundle> bundles) throws BundleException, InterruptedException {
		if (bundles.isEmpty()) {
			return;
		}
		for (Bundle bundle : bundles) {
			bundle.uninstall();
		}
		CountDownLatch refreshed = new CountDownLatch(1);
		frameworkWiring().refreshBundles(bundles, event -> {
			if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
				refreshed.countDown();
			}
		});
		refreshed.await();
	}

	/** Why an unresolved bundle does not resolve: one sentence per requirement nothing provides. */
	public String whyUnresolved(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		List<String> reasons = new ArrayList<>();
		if (revision != null) {
			// by namespace, so that the sentence is the same whatever order the manifest has: Java, bundles, packages
			revision.getRequirements(null).stream().sorted(Comparator.comparing(Requirement::getNamespace))
					.filter(requirement -> !isOptional(requirement) && frameworkWiring().findProviders(requirement).isEmpty())
					.forEach(requirement -> reasons.add(describe(requirement)));
		}
		if (!reasons.isEmpty()) {
			return String.join("; ", reasons);
		}
		List<String> others = named(bundle.getSymbolicName()).stream().filter(other -> other != bundle)
				.map(other -> other.getVersion().toString()).toList();
		return others.isEmpty() ? "it does not resolve with the bundles of this installation"
				: "another version of it is installed (" + String.join(", ", others) + ")";
	}

	private String describe(Requirement requirement) {
		String namespace = requirement.getNamespace();
		String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
		List<String> installed = List.of();
		if ((namespace.equals(BundleRevision.BUNDLE_NAMESPACE) || namespace.equals(BundleRevision.HOST_NAMESPACE))
				&& filter != null) {
			installed = named(MissingRequirement.named(namespace, filter)).stream().map(bundle -> bundle.getVersion().toString()).toList();
		}
		return MissingRequirement.describe(namespace, filter, installed, Runtime.version().feature());
	}

	private static boolean isOptional(Requirement requirement) {
		String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
		return Namespace.RESOLUTION_OPTIONAL.equals(resolution) || "dynamic".equals(resolution);
	}

	private FrameworkWiring frameworkWiring() {
		return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
	}
}
