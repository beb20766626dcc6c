package org.socialmap.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;

/** Sets or clears a member's role on a presence: the matrix's cell edit. */
public class SetCurationRoleHandler extends SocialmapOperationHandler<SetCurationRoleOperation> {

	@Override
	public Optional<Command> createCommand(SetCurationRoleOperation operation) {
		Member member = elements.require(operation.getMember(), Member.class);
		Presence presence = elements.require(operation.getPresence(), Presence.class);
		return CurationRoles.set(state.document(), member, presence, role(operation.getRole()));
	}

	/** The role named, or null for none. */
	private static CurationRole role(String literal) {
		if (literal == null || literal.isBlank()) {
			return null;
		}
		CurationRole role = CurationRole.get(literal.strip());
		if (role == null) {
			throw new GLSPServerException("'" + literal + "' is not a curation role: give owner, contributor, backup, or nothing to clear the role.");
		}
		return role;
	}
}
