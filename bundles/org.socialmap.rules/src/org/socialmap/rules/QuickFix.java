package org.socialmap.rules;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.model.edit.SocialmapCommands;

/**
 * A change that resolves a finding, when one is clear. It changes nothing by itself: it gives a
 * command, which the command line executes and an editor puts on its command stack, so the fix can
 * be undone and redone like any other edit.
 */
public interface QuickFix {

	/** What the fix does, in a modeller's words: "Add 'Luca' as backup of 'Flickr photostream' on Flickr". */
	String label();

	/** The fix as a command on {@code domain}, labelled with {@link #label()} for undo menus. */
	Command command(EditingDomain domain);

	/** A fix whose command {@code change} builds for a domain. */
	static QuickFix of(String label, Function<EditingDomain, Command> change) {
		return new QuickFix() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public Command command(EditingDomain domain) {
				return SocialmapCommands.compound(label, change.apply(domain));
			}
		};
	}
}
