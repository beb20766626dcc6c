package org.socialmap.diagram.server.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.layout.LayoutEntryCommands;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.Team;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.lookup.EdgeKeys;

/**
 * Deletes websites, presences, teams, members, links and curations, as one command: an element goes
 * with the links and curations that need it (and every reference to it, such as an objective's), and
 * with its entries in the client's layouts. Undo brings all of it back.
 */
public class DeleteElementHandler extends SocialmapOperationHandler<DeleteOperation> {

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		if (operation.getElementIds() == null || operation.getElementIds().isEmpty()) {
			throw new GLSPServerException("Nothing to delete was selected.");
		}
		ClientCompany client = elements.client();
		Set<ModelElement> deleted = new LinkedHashSet<>();
		Set<Link> links = new LinkedHashSet<>();
		Set<Curation> curations = new LinkedHashSet<>();
		for (String id : operation.getElementIds()) {
			EObject element = elements.elementOrEdge(id);
			if (element instanceof Link link) {
				links.add(link);
			} else if (element instanceof Curation curation) {
				curations.add(curation);
			} else {
				deleted.add(deletable((ModelElement) element));
			}
		}
		deleted.removeIf(element -> deleted.stream().anyMatch(other -> other != element && EcoreUtil.isAncestor(other, element)));
		for (ModelElement element : deleted) {
			links.addAll(linksOf(client, element));
			curations.addAll(curationsOf(element));
		}
		return Optional.of(command(client, deleted, links, curations));
	}

	private static ModelElement deletable(ModelElement element) {
		if (element instanceof MapNode || element instanceof Team || element instanceof Member) {
			return element;
		}
		throw new GLSPServerException(Labels.of(element) + " cannot be deleted from a diagram.");
	}

	private Command command(ClientCompany client, Set<ModelElement> deleted, Set<Link> links, Set<Curation> curations) {
		EditingDomain domain = domain();
		Map<EObject, String> keys = EdgeKeys.allOf(client);
		List<String> ids = new ArrayList<>();
		deleted.forEach(element -> {
			ids.add(element.getId());
			if (element instanceof Team team) {
				team.getMembers().forEach(member -> ids.add(member.getId()));
			}
		});
		List<String> edgeKeys = new ArrayList<>();
		links.forEach(link -> edgeKeys.add(keys.get(link)));
		curations.forEach(curation -> edgeKeys.add(keys.get(curation)));

		List<Command> changes = new ArrayList<>();
		// A curation is taken out of its member's list too, which the member's side cannot do itself.
		curations.forEach(curation -> changes.add(SocialmapCommands.removeCuration(domain, curation)));
		if (!links.isEmpty()) {
			changes.add(RemoveCommand.create(domain, client, Literals.CLIENT_COMPANY__LINKS, links));
		}
		if (!deleted.isEmpty()) {
			changes.add(DeleteCommand.create(domain, deleted));
		}
		changes.addAll(LayoutEntryCommands.forget(domain, state.document().layout(), client.getId(), ids, edgeKeys));
		return SocialmapCommands.compound(label(deleted, links, curations), changes);
	}

	private static List<Link> linksOf(ClientCompany client, ModelElement element) {
		return client.getLinks().stream().filter(link -> link.getSource() == element || link.getTarget() == element).toList();
	}

	private static List<Curation> curationsOf(ModelElement element) {
		if (element instanceof Presence presence) {
			return presence.getCurations();
		}
		if (element instanceof Member member) {
			return member.getCurations();
		}
		if (element instanceof Team team) {
			return team.getMembers().stream().flatMap(member -> member.getCurations().stream()).toList();
		}
		return List.of();
	}

	/** "Delete 'Facebook page'" (with whatever goes with it), "Delete 3 elements", "Delete a link". */
	private static String label(Set<ModelElement> deleted, Set<Link> links, Set<Curation> curations) {
		if (deleted.size() == 1) {
			return "Delete " + Labels.of(deleted.iterator().next());
		}
		if (deleted.isEmpty() && links.size() + curations.size() == 1) {
			return links.isEmpty() ? "Delete a curation" : "Delete a link";
		}
		return "Delete " + Labels.count(deleted.size() + links.size() + curations.size(), "element");
	}
}
