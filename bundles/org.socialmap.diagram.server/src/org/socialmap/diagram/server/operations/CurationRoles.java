package org.socialmap.diagram.server.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/**
 * A member's role on a presence, as the diagrams change it. A new curation takes the settings'
 * {@code hoursPerRole}, as the backup quick fix's and the assistant's do.
 */
final class CurationRoles {

	private CurationRoles() {
	}

	/** A new curation; refused when the member already curates the presence. */
	static Command add(ModelDocument document, Member member, Presence presence, CurationRole role) {
		List<Curation> existing = curationsOf(member, presence);
		if (!existing.isEmpty()) {
			throw new GLSPServerException(Labels.of(member) + " already is " + existing.get(0).getRole().getLiteral() + " of "
					+ Labels.of(presence) + ": change that role instead of adding another.");
		}
		return SocialmapCommands.compound(label(member, presence, role), SocialmapCommands.addCuration(document.domain(),
				presence, member, role, document.services().settings().hoursPerRole()));
	}

	/** Sets the member's role on the presence, or clears it ({@code role} null); nothing when it is so already. */
	static Optional<Command> set(ModelDocument document, Member member, Presence presence, CurationRole role) {
		EditingDomain domain = document.domain();
		List<Curation> curations = curationsOf(member, presence);
		if (role == null) {
			return curations.isEmpty() ? Optional.empty()
					: Optional.of(SocialmapCommands.compound("Take " + Labels.of(member) + " off " + Labels.of(presence),
							curations.stream().map(curation -> SocialmapCommands.removeCuration(domain, curation)).toList()));
		}
		if (curations.isEmpty()) {
			return Optional.of(add(document, member, presence, role));
		}
		Curation curation = curations.get(0);
		return curation.getRole() == role ? Optional.empty()
				: Optional.of(SocialmapCommands.compound(label(member, presence, role),
						SetCommand.create(domain, curation, Literals.CURATION__ROLE, role)));
	}

	private static List<Curation> curationsOf(Member member, Presence presence) {
		return presence.getCurations().stream().filter(curation -> curation.getMember() == member).toList();
	}

	private static String label(Member member, Presence presence, CurationRole role) {
		return "Make " + Labels.of(member) + " " + role.getLiteral() + " of " + Labels.of(presence);
	}
}
