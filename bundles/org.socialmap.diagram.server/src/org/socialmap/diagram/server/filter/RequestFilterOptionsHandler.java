package org.socialmap.diagram.server.filter;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.server.diagram.Choice;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.DiagramLayout;

import com.google.inject.Inject;

/**
 * Answers what the filters may offer: every installed platform kind (and a hidden one no catalog
 * defines any more, so that it can be shown again), and the client's members.
 */
public class RequestFilterOptionsHandler extends AbstractActionHandler<RequestFilterOptionsAction> {

	@Inject
	private SocialmapModelState state;

	@Override
	protected List<Action> executeAction(RequestFilterOptionsAction action) {
		ClientCompany client = state.client();
		DiagramLayout diagram = state.diagramLayout();
		CatalogRegistry catalogs = state.document().services().catalogs().get();
		List<Choice> kinds = new ArrayList<>(catalogs.kinds().stream().map(kind -> new Choice(kind.id(), kind.name())).toList());
		diagram.getHiddenKinds().stream().filter(id -> catalogs.kind(id).isEmpty()).forEach(id -> kinds.add(new Choice(id, id)));
		List<Choice> curators = client.getTeams().stream().flatMap(team -> team.getMembers().stream())
				.map(member -> new Choice(member.getId(), Labels.name(member))).toList();
		return listOf(new SetFilterOptionsAction(kinds, curators, FilterSettings.of(diagram)));
	}
}
