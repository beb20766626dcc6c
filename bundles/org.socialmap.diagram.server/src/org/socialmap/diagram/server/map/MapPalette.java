package org.socialmap.diagram.server.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.diagram.server.diagram.ElementTypes;
import org.socialmap.diagram.server.diagram.PaletteItems;
import org.socialmap.document.ModelServices;
import org.socialmap.model.LinkKind;

import com.google.inject.Inject;

/**
 * The map's palette: a website, then the platforms of the installed catalogs grouped by their
 * primary kind (a catalog installed tomorrow adds its platforms with no change here), then the link
 * kinds. Closed platforms are left out: nobody opens a new presence on one.
 */
public class MapPalette implements ToolPaletteItemProvider {

	@Inject
	private ModelServices services;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		CatalogRegistry catalogs = services.catalogs().get();
		PaletteItems palette = new PaletteItems().group("map", "Map",
				List.of(PaletteItems.node(ElementTypes.WEBSITE, "Website", 0)));
		Map<String, List<PaletteItem>> byKind = new LinkedHashMap<>();
		catalogs.kinds().forEach(kind -> byKind.put(kind.id(), new ArrayList<>()));
		List<PaletteItem> otherPlatforms = new ArrayList<>();
		for (Platform platform : catalogs.platforms()) {
			if (platform.isClosed()) {
				continue;
			}
			List<PaletteItem> group = platform.primaryKind().map(byKind::get).orElse(otherPlatforms);
			group.add(PaletteItems.node(ElementTypes.PRESENCE_ON + platform.id(), platform.name(), group.size()));
		}
		for (PlatformKind kind : catalogs.kinds()) {
			if (!byKind.get(kind.id()).isEmpty()) {
				palette.group("kind:" + kind.id(), kind.name(), byKind.get(kind.id()));
			}
		}
		if (!otherPlatforms.isEmpty()) {
			palette.group("kind:other", "Other platforms", otherPlatforms);
		}
		List<PaletteItem> links = LinkKind.VALUES.stream()
				.map(kind -> PaletteItems.edge(ElementTypes.link(kind), PaletteItems.capitalized(kind.getLiteral()), kind.getValue()))
				.toList();
		return palette.group("links", "Links", links).groups();
	}
}
