package org.socialmap.cli.plugins;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.socialmap.cli.Cli;
import org.socialmap.cli.output.TerminalText;

/**
 * Brings the running framework in line with the plug-in folder before a command runs: installs the
 * jars that are new, uninstalls what was removed from the folder (or came from another folder, as
 * when SOCIALMAP_PLUGINS changed), resolves and starts the rest, so
 * that their catalogs and rules are in the extension registry before anything reads it. A plug-in
 * that does not resolve (any more) is skipped with one warning line on stderr; the others work.
 */
public final class PluginStartup {

	private final PluginFramework framework;
	private final PrintStream err;

	public PluginStartup(PluginFramework framework, PrintStream err) {
		this.framework = framework;
		this.err = err;
	}

	public void run() throws IOException, BundleException, InterruptedException {
		List<Path> jars = framework.folder().jars();
		Set<String> locations = new HashSet<>();
		jars.forEach(jar -> locations.add(PluginFolder.location(jar)));
		framework.uninstall(framework.fromOutsideTheInstallation().stream()
				.filter(bundle -> !locations.contains(bundle.getLocation())).toList());
		List<Bundle> plugins = new ArrayList<>();
		for (Path jar : jars) {
			install(jar, plugins);
		}
		if (plugins.isEmpty()) {
			return;
		}
		framework.resolve(plugins);
		for (Bundle plugin : plugins) {
			if (PluginFramework.isResolved(plugin)) {
				PluginFramework.start(plugin);
			} else {
				warn(plugin.getSymbolicName() + " " + plugin.getVersion() + " (" + framework.folder().jarOf(plugin.getLocation())
						+ ") is skipped: " + framework.whyUnresolved(plugin));
			}
		}
	}

	private void install(Path jar, List<Bundle> plugins) throws IOException {
		String location = PluginFolder.location(jar);
		if (framework.at(location).isPresent()) {
			plugins.add(framework.at(location).get());
			return;
		}
		try {
			PluginJar.read(jar);
			plugins.add(framework.install(location));
		} catch (PluginRefusal e) {
			warn(jar + " is skipped: " + e.getMessage());
		} catch (BundleException e) {
			warn(jar + " is skipped: it cannot be installed (" + e.getMessage() + ")");
		}
	}

	private void warn(String message) {
		err.println(Cli.PROGRAM + ": warning: plug-in " + TerminalText.safe(message));
	}
}
