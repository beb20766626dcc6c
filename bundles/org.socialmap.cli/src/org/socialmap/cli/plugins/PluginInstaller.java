package org.socialmap.cli.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Adds a jar to the plug-in folder and removes one, keeping the running framework (and so the next
 * starts) in step. A jar is only copied once the resolver has resolved it in this installation.
 */
public final class PluginInstaller {

	private final PluginFramework framework;

	public PluginInstaller(PluginFramework framework) {
		this.framework = framework;
	}

	/** @return what was done, in one sentence */
	public String add(Path jar) throws PluginRefusal, IOException, BundleException, InterruptedException {
		PluginJar plugin = PluginJar.read(jar);
		if (!plugin.extendsSocialmap()) {
			throw new PluginRefusal("it is not a Socialmap extension: its plugin.xml contributes to none of "
					+ String.join(", ", PluginJar.SOCIALMAP_POINTS.stream().sorted().toList()));
		}
		Optional<Bundle> installed = installedVersion(plugin);
		if (installed.isPresent()) {
			framework.uninstall(List.of(installed.get()));
		}
		String why = whyItDoesNotResolve(jar);
		if (why != null) {
			if (installed.isPresent()) {
				activate(framework.install(installed.get().getLocation()));
			}
			throw new PluginRefusal(why);
		}
		Path target = framework.folder().fileFor(plugin.symbolicName(), plugin.version());
		Files.createDirectories(target.getParent());
		Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
		if (installed.isPresent()) {
			Path old = framework.folder().jarOf(installed.get().getLocation());
			if (!old.equals(target)) {
				Files.deleteIfExists(old);
			}
		}
		activate(framework.install(PluginFolder.location(target)));
		String replaced = installed.map(old -> ", replacing " + old.getVersion()).orElse("");
		return "installed " + plugin.label() + " as " + target + replaced;
	}

	/** Installs the jar where it is, asks the resolver, and uninstalls it again; null when it resolved. */
	private String whyItDoesNotResolve(Path jar) throws BundleException, InterruptedException {
		Bundle check;
		try {
			check = framework.install(PluginFolder.location(jar));
		} catch (BundleException e) {
			// Equinox's sentence on a manifest it cannot read, e.g. a malformed Require-Bundle header
			return "Equinox cannot install it: " + e.getMessage();
		}
		boolean resolved = framework.resolve(List.of(check));
		String why = resolved ? null : framework.whyUnresolved(check);
		framework.uninstall(List.of(check));
		return why;
	}

	/**
	 * Uninstalls the plug-in with that symbolic name (or file name) and deletes its jar from the folder.
	 *
	 * @return what was done, in one sentence
	 * @throws PluginRefusal when the folder holds no such plug-in
	 */
	public String remove(String name) throws PluginRefusal, IOException, BundleException, InterruptedException {
		List<Bundle> bundles = framework.plugins().stream().filter(bundle -> name.equals(bundle.getSymbolicName())
				|| name.equals(framework.folder().jarOf(bundle.getLocation()).getFileName().toString())).toList();
		List<Path> jars = framework.folder().jars().stream().filter(jar -> jar.getFileName().toString().equals(name)
				|| bundles.stream().anyMatch(bundle -> framework.folder().jarOf(bundle.getLocation()).equals(jar))).toList();
		if (jars.isEmpty()) {
			throw new PluginRefusal("no plug-in named '" + name + "' is installed in " + framework.folder().path()
					+ " ('socialmap plugins list' shows them)");
		}
		framework.uninstall(bundles);
		for (Path jar : jars) {
			Files.delete(jar);
		}
		return "removed " + String.join(", ", jars.stream().map(Path::toString).toList());
	}

	/**
	 * The plug-in of that name installed from the folder, when this jar may replace it.
	 *
	 * @throws PluginRefusal when the installation has the bundle itself, or the installed plug-in is newer
	 */
	private Optional<Bundle> installedVersion(PluginJar plugin) throws PluginRefusal {
		Optional<Bundle> installed = Optional.empty();
		for (Bundle bundle : framework.named(plugin.symbolicName())) {
			if (!framework.isPlugin(bundle)) {
				throw new PluginRefusal(plugin.symbolicName() + " " + bundle.getVersion()
						+ " is part of this installation, and a plug-in cannot replace it");
			}
			if (bundle.getVersion().compareTo(plugin.version()) > 0) {
				throw new PluginRefusal(plugin.symbolicName() + " " + bundle.getVersion() + " is already installed, which is newer; run '"
						+ "socialmap plugins remove " + plugin.symbolicName() + "' first to go back to " + plugin.version());
			}
			installed = Optional.of(bundle);
		}
		return installed;
	}

	/** Resolves and starts it in this run too, so that a command run in the same JVM (a test's) sees it. */
	private void activate(Bundle bundle) throws BundleException {
		if (framework.resolve(List.of(bundle))) {
			PluginFramework.start(bundle);
		}
	}
}
