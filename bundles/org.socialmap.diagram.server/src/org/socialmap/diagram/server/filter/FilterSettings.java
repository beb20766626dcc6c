package org.socialmap.diagram.server.filter;

import java.util.List;

import org.socialmap.notation.DiagramLayout;

/** A diagram's filters as the client sends and receives them; {@code curator} is a member id, or empty for all. */
public record FilterSettings(List<String> hiddenKinds, String curator, boolean hideClosed, boolean findingsOnly) {

	public static FilterSettings of(DiagramLayout diagram) {
		return new FilterSettings(List.copyOf(diagram.getHiddenKinds()), diagram.getCurator() == null ? "" : diagram.getCurator(),
				diagram.isHideClosed(), diagram.isFindingsOnly());
	}
}
