package org.socialmap.rules;

/** A change that resolves a finding, when one is clear; applying it edits the model in memory. */
public interface QuickFix {

	/** What the fix does, in a modeller's words: "Add Luca as backup of Flickr photostream". */
	String label();

	void apply();
}
