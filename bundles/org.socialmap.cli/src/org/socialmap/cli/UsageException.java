package org.socialmap.cli;

/** The command line is wrong: the message says how, and the CLI adds the usage. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
