package org.socialmap.cli.plugins;

/** A jar that cannot work as a plug-in here: the message is a sentence that says why. */
public final class PluginRefusal extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginRefusal(String message) {
		super(message);
	}
}
