package org.socialmap.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

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
		Cli cli = new Cli(Commands.all(), System.out, System.err, Boolean.getBoolean(STDERR_IS_TERMINAL));
		return cli.run(args == null ? List.of() : List.of(args));
	}

	@Override
	public void stop() {
		// Commands run to completion on the launcher's thread; there is nothing to interrupt.
	}
}
