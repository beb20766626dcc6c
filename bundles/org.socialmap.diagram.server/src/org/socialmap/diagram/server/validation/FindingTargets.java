package org.socialmap.diagram.server.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelIndex;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.model.Affinity;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.notation.lookup.EdgeKeys;
import org.socialmap.rules.Finding;

/**
 * Which element of a diagram shows a finding: the first of the elements it names (the main one
 * first) that the diagram draws. A curation is drawn as an edge on the team diagram and as a cell
 * in the matrix, an affinity as its member; a finding about the client as a whole is shown on the
 * diagram itself, and one about another client, or about nothing drawn, nowhere.
 */
final class FindingTargets {

	private final ClientCompany client;
	private final GModelIndex index;
	private final String rootId;

	FindingTargets(ClientCompany client, GModelIndex index, String rootId) {
		this.client = client;
		this.index = index;
		this.rootId = rootId;
	}

	Optional<String> target(Finding finding) {
		if (finding.elements().isEmpty() || !concernsClient(finding)) {
			return Optional.empty();
		}
		for (EObject element : finding.elements()) {
			for (String id : candidateIds(element)) {
				if (index.get(id).isPresent()) {
					return Optional.of(id);
				}
			}
		}
		return finding.elements().contains(client) ? Optional.of(rootId) : Optional.empty();
	}

	private boolean concernsClient(Finding finding) {
		EObject main = finding.elements().get(0);
		for (EObject container = main; container != null; container = container.eContainer()) {
			if (container == client) {
				return true;
			}
		}
		return false;
	}

	private static List<String> candidateIds(EObject element) {
		List<String> ids = new ArrayList<>();
		if (element instanceof ModelElement modelElement) {
			ids.add(modelElement.getId());
		} else if (element instanceof Link link) {
			ids.add(EdgeKeys.of(link));
		} else if (element instanceof Curation curation && curation.getMember() != null && curation.getPresence() != null) {
			ids.add(EdgeKeys.of(curation));
			ids.add(GModelIds.cell(curation.getMember().getId(), curation.getPresence().getId()));
		} else if (element instanceof Affinity && element.eContainer() instanceof Member member) {
			ids.add(member.getId());
		}
		return ids;
	}
}
