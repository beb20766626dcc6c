package org.socialmap.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.layout.LayoutEntryCommands;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/**
 * Moves an end of a link to another website or presence, or an end of a curation to another member
 * or presence. The edge's route is dropped: it was drawn for the old ends (and its key names them).
 */
public class ReconnectEdgeHandler extends SocialmapOperationHandler<ReconnectEdgeOperation> {

	@Override
	public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
		if (operation.getEdgeElementId() == null) {
			throw new GLSPServerException("The operation does not say which edge to reconnect.");
		}
		String key = operation.getEdgeElementId();
		EObject edge = elements.edge(key);
		List<Command> changes = new ArrayList<>(edge instanceof Link link ? relink(link, operation) : recurate((Curation) edge, operation));
		if (changes.isEmpty()) {
			return Optional.empty();
		}
		changes.addAll(LayoutEntryCommands.forget(domain(), state.document().layout(), elements.client().getId(), List.of(),
				List.of(key)));
		return Optional.of(SocialmapCommands.compound("Reconnect", changes));
	}

	private List<Command> relink(Link link, ReconnectEdgeOperation operation) {
		MapNode source = elements.require(operation.getSourceElementId(), MapNode.class);
		MapNode target = elements.require(operation.getTargetElementId(), MapNode.class);
		LinkRules.check(link.getKind(), source, target);
		List<Command> changes = new ArrayList<>();
		if (source != link.getSource()) {
			changes.add(SetCommand.create(domain(), link, Literals.LINK__SOURCE, source));
		}
		if (target != link.getTarget()) {
			changes.add(SetCommand.create(domain(), link, Literals.LINK__TARGET, target));
		}
		return changes;
	}

	private List<Command> recurate(Curation curation, ReconnectEdgeOperation operation) {
		Member member = elements.require(operation.getSourceElementId(), Member.class);
		Presence presence = elements.require(operation.getTargetElementId(), Presence.class);
		if (member == curation.getMember() && presence == curation.getPresence()) {
			return List.of();
		}
		boolean taken = presence.getCurations().stream().anyMatch(other -> other != curation && other.getMember() == member);
		if (taken) {
			throw new GLSPServerException(Labels.of(member) + " already curates " + Labels.of(presence) + ".");
		}
		EditingDomain domain = domain();
		if (presence == curation.getPresence()) {
			return List.of(SetCommand.create(domain, curation, Literals.CURATION__MEMBER, member));
		}
		// A curation belongs to its presence: moving it there is taking it off one and adding it to the other.
		return List.of(SocialmapCommands.removeCuration(domain, curation), SocialmapCommands.addCuration(domain, presence,
				member, curation.getRole(), curation.getWeeklyHours()));
	}
}
