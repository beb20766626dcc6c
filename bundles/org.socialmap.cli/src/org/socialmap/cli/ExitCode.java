package org.socialmap.cli;

/** The exit codes of every command; scripts and CI rely on them. */
public final class ExitCode {

	/** The command did its work and found nothing of error severity. */
	public static final int OK = 0;

	/** The command did its work and found something of error severity. */
	public static final int FINDINGS = 1;

	/** Bad usage, unreadable input, or the command could not do its work. */
	public static final int FAILURE = 2;

	private ExitCode() {
	}
}
