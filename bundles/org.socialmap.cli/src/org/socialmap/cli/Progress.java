package org.socialmap.cli;

import java.io.PrintStream;

import org.socialmap.cli.output.TerminalText;

/**
 * Tells the user what a long run is doing. Lines go to stderr, never to stdout, and only when stderr
 * is a terminal or --progress asked for them, so that logs of scripted runs stay clean.
 */
public final class Progress {

	private final PrintStream err;
	private final boolean enabled;

	public Progress(PrintStream err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	/** Reports the step that starts now, e.g. {@code reading the installed catalogs}. */
	public void step(String what) {
		if (enabled) {
			err.println(Cli.PROGRAM + ": " + TerminalText.safe(what) + "...");
		}
	}
}
