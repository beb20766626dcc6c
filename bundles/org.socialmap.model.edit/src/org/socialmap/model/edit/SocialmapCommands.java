package org.socialmap.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage.Literals;

/**
 * The model changes that tools make besides plain property edits, as commands for an editing
 * domain's command stack. Each is built from EMF's add, remove and set commands, through the
 * domain, so undo and redo restore every side of a two-way reference.
 */
public final class SocialmapCommands {

	private SocialmapCommands() {
	}

	/** Gives {@code member} the role on {@code presence}, taking {@code weeklyHours} a week. */
	public static Command addCuration(EditingDomain domain, Presence presence, Member member, CurationRole role,
			double weeklyHours) {
		Curation curation = SocialmapFactory.eINSTANCE.createCuration();
		curation.setRole(role);
		curation.setWeeklyHours(weeklyHours);
		// The member is set once the curation is in the model, so that undo also takes it out of the
		// member's own list of curations.
		return compound("Add curation", AddCommand.create(domain, presence, Literals.PRESENCE__CURATIONS, curation),
				SetCommand.create(domain, curation, Literals.CURATION__MEMBER, member));
	}

	/** Takes a curation out of the model, and out of its member's list. */
	public static Command removeCuration(EditingDomain domain, Curation curation) {
		return compound("Remove curation", SetCommand.create(domain, curation, Literals.CURATION__MEMBER, null),
				RemoveCommand.create(domain, curation.getPresence(), Literals.PRESENCE__CURATIONS, curation));
	}

	/** Adds a link of {@code kind} from {@code source} to {@code target} to the client's map. */
	public static Command addLink(EditingDomain domain, ClientCompany client, LinkKind kind, MapNode source,
			MapNode target) {
		Link link = SocialmapFactory.eINSTANCE.createLink();
		link.setKind(kind);
		link.setSource(source); // one-way references: a link not yet in the model changes nothing else
		link.setTarget(target);
		return AddCommand.create(domain, client, Literals.CLIENT_COMPANY__LINKS, link);
	}

	/** Several commands run as one, undone as one, under a label for undo menus. */
	public static Command compound(String label, Command... commands) {
		return compound(label, List.of(commands));
	}

	/** Several commands run as one, undone as one, under a label for undo menus. */
	public static Command compound(String label, List<Command> commands) {
		return new CompoundCommand(label, new ArrayList<>(commands));
	}
}
