package org.socialmap.diagram.server.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.socialmap.catalog.KindTrait;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.diagram.server.layout.Box;
import org.socialmap.diagram.server.layout.LayoutGraph.Size;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Website;
import org.socialmap.model.text.Labels;

/**
 * The nodes of websites and presences, as the map and the team diagram draw them: the platform's
 * icon, then name, handle and the platform kind's name, one line each; the presence's states as CSS
 * classes and arguments, and who curates it for the client's curator badge.
 */
public final class MapNodes {

	/** The size of a website or presence not resized by hand. */
	public static final Size SIZE = new Size(200, 64);
	private static final double PADDING = 8;
	private static final double TEXT_LEFT = PADDING + NodeParts.ICON + PADDING;

	private MapNodes() {
	}

	public static GNode website(Website website, Box box) {
		return new GNodeBuilder(ElementTypes.WEBSITE).id(website.getId()).position(box.x(), box.y())
				.size(box.width(), box.height()).addArgument("url", text(website.getUrl()))
				.addAll(texts(website.getId(), Labels.name(website), website.getUrl(), "Website", box.width()))
				.build();
	}

	public static GNode presence(Presence presence, Box box, DiagramContext context) {
		Optional<Platform> platform = context.catalogs().platform(presence.getPlatform());
		Optional<PlatformKind> kind = platform.flatMap(Platform::primaryKind).flatMap(context.catalogs()::kind);
		GNodeBuilder node = new GNodeBuilder(ElementTypes.PRESENCE).id(presence.getId()).position(box.x(), box.y())
				.size(box.width(), box.height()).addCssClasses(cssClasses(presence, platform, context))
				.addArgument("platform", text(presence.getPlatform()))
				.addArgument("platformName", platform.map(Platform::name).orElse(text(presence.getPlatform())))
				.addArgument("kind", kind.map(PlatformKind::id).orElse(""))
				.addArgument("status", presence.getStatus().getLiteral())
				.addArgument("owner", owner(presence)).addArgument("curators", curators(presence))
				.add(NodeParts.platformIcon(presence.getId(), presence.getPlatform(), PADDING, PADDING));
		return node.addAll(texts(presence.getId(), Labels.name(presence), presence.getHandle(),
				kind.map(PlatformKind::name).orElse(""), box.width())).build();
	}

	/** The name of the presence's owner, for its curator badge; empty when nobody owns it. */
	private static String owner(Presence presence) {
		return presence.getCurations().stream()
				.filter(curation -> curation.getRole() == CurationRole.OWNER && curation.getMember() != null).findFirst()
				.map(curation -> Labels.name(curation.getMember())).orElse("");
	}

	/** How many members curate the presence, its owner included. */
	private static long curators(Presence presence) {
		return presence.getCurations().stream().map(Curation::getMember).filter(Objects::nonNull).distinct().count();
	}

	private static List<String> cssClasses(Presence presence, Optional<Platform> platform, DiagramContext context) {
		List<String> classes = new ArrayList<>();
		if (platform.isEmpty()) {
			classes.add(CssClasses.UNKNOWN_PLATFORM);
		} else {
			if (context.catalogs().primaryKindHas(platform.get(), KindTrait.AGGREGATOR)) {
				classes.add(CssClasses.AGGREGATOR);
			}
			if (platform.get().isClosed()) {
				classes.add(CssClasses.CLOSED);
			}
		}
		if (context.isShowcase(presence)) {
			classes.add(CssClasses.SHOWCASE);
		}
		if (presence.getStatus() == PresenceStatus.DORMANT) {
			classes.add(CssClasses.DORMANT);
		} else if (presence.getStatus() == PresenceStatus.OBSOLETE) {
			classes.add(CssClasses.OBSOLETE);
		}
		return classes;
	}

	private static List<org.eclipse.glsp.graph.GModelElement> texts(String id, String name, String handle, String kind,
			double width) {
		return List.of(NodeParts.name(id, name, TEXT_LEFT, PADDING, width - TEXT_LEFT - PADDING),
				NodeParts.label(ElementTypes.HANDLE, id, GModelIds.HANDLE, handle, TEXT_LEFT, PADDING + NodeParts.LINE),
				NodeParts.label(ElementTypes.KIND, id, GModelIds.KIND, kind, TEXT_LEFT, PADDING + 2 * NodeParts.LINE));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
