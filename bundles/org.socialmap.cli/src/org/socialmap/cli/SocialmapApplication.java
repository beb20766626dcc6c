package org.socialmap.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleException;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.cli.plugins.PluginFolder;
import org.socialmap.cli.plugins.PluginFramework;
import org.socialmap.cli.plugins.PluginStartup;

/**
 * The {@code org.socialmap.cli.app} application. Its return value becomes the exit code of the process:
 * Equinox sets {@code eclipse.exitcode} from an Integer result and the launcher exits with it.
 */
public final class SocialmapApplication implements IApplication {

	/** Set by the start script when stderr is a terminal, which Java cannot find out by itself. */
	static final String STDERR_IS_TERMINAL = "socialmap.stderr.terminal";

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		loadPlugins();
		Cli cli = new Cli(Commands.all(), System.out, System.err, Boolean.getBoolean(STDERR_IS_TERMINAL));
		return cli.run(args == null ? List.of() : List.of(args));
	}

	/** Before the command, so that the plug-ins' catalogs and rules are there when it first reads them. */
	private static void loadPlugins() {
		Optional<PluginFolder> folder = PluginFolder.of(System.getenv());
		if (folder.isEmpty()) {
			return;
		}
		try {
			new PluginStartup(PluginFramework.running(folder.get()), System.err).run();
		} catch (IOException e) {
			System.err.println(Cli.PROGRAM + ": warning: the plug-ins in " + folder.get().path()
					+ " are not loaded: the folder cannot be read");
		} catch (BundleException e) {
			System.err.println(Cli.PROGRAM + ": warning: the plug-ins in " + folder.get().path()
					+ " are not loaded: " + TerminalText.safe(e.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		// Commands run to completion on the launcher's thread; there is nothing to interrupt.
	}
}
