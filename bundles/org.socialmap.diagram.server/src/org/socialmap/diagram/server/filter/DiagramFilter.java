package org.socialmap.diagram.server.filter;

import java.util.Set;

import org.socialmap.catalog.Platform;
import org.socialmap.diagram.server.diagram.DiagramContext;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;
import org.socialmap.notation.DiagramLayout;

/**
 * The filters a diagram's layout keeps: platform kinds hidden (by the platform's primary kind, the
 * one its presences show), one curator's presences only, closed platforms hidden, only what the rules
 * have findings on. Edges are drawn when both their ends are.
 */
public final class DiagramFilter {

	private final Set<String> hiddenKinds;
	private final String curator;
	private final boolean hideClosed;
	private final boolean findingsOnly;
	private final DiagramContext context;

	public DiagramFilter(DiagramLayout diagram, DiagramContext context) {
		this.hiddenKinds = Set.copyOf(diagram.getHiddenKinds());
		this.curator = diagram.getCurator() == null || diagram.getCurator().isBlank() ? null : diagram.getCurator();
		this.hideClosed = diagram.isHideClosed();
		this.findingsOnly = diagram.isFindingsOnly();
		this.context = context;
	}

	public boolean shows(Presence presence) {
		Platform platform = context.catalogs().platform(presence.getPlatform()).orElse(null);
		if (platform != null && (hideClosed && platform.isClosed()
				|| platform.primaryKind().map(hiddenKinds::contains).orElse(false))) {
			return false;
		}
		if (curator != null && presence.getCurations().stream()
				.noneMatch(curation -> curation.getMember() != null && curator.equals(curation.getMember().getId()))) {
			return false;
		}
		return withFindingsIfAsked(presence);
	}

	/** A website, a team: shown unless only one curator's work is. */
	public boolean showsUncurated(ModelElement element) {
		return curator == null && withFindingsIfAsked(element);
	}

	public boolean shows(Member member) {
		return (curator == null || curator.equals(member.getId())) && withFindingsIfAsked(member);
	}

	/** Whether only what the rules have findings on is shown. */
	public boolean findingsOnly() {
		return findingsOnly;
	}

	private boolean withFindingsIfAsked(ModelElement element) {
		return !findingsOnly || context.findings().concerns(element);
	}
}
