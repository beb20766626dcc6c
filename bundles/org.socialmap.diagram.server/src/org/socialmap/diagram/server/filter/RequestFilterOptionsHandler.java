package org.socialmap.diagram.server.filter;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.diagram.server.diagram.Choice;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.DiagramLayout;

import com.google.inject.Inject;

/**
 * Answers what the filters may offer: the platform kinds of the client's presences (by the primary
 * kind of their platforms, as the filter hides them) and those hidden now, and the client's members.
 */
public class RequestFilterOptionsHandler extends AbstractActionHandler<RequestFilterOptionsAction> {

	@Inject
	private SocialmapModelState state;

	@Override
	protected List<Action> executeAction(RequestFilterOptionsAction action) {
		ClientCompany client = state.client();
		DiagramLayout diagram = state.diagramLayout();
		CatalogRegistry catalogs = state.document().services().catalogs().get();
		Set<String> kindIds = new TreeSet<>(diagram.getHiddenKinds());
		client.getPresences().forEach(presence -> catalogs.platform(presence.getPlatform())
				.flatMap(Platform::primaryKind).ifPresent(kindIds::add));
		List<Choice> kinds = kindIds.stream()
				.map(id -> new Choice(id, catalogs.kind(id).map(PlatformKind::name).orElse(id)))
				.sorted(Comparator.comparing(Choice::label)).toList();
		List<Choice> curators = client.getTeams().stream().flatMap(team -> team.getMembers().stream())
				.map(member -> new Choice(member.getId(), Labels.name(member))).toList();
		return listOf(new SetFilterOptionsAction(kinds, curators, FilterSettings.of(diagram)));
	}
}
