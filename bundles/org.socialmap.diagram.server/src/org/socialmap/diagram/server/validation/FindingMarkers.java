package org.socialmap.diagram.server.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Severity;

import com.google.inject.Inject;

/**
 * The rules' findings as GLSP markers, one per finding, on the element it concerns: label the rule
 * id, description the finding's message. GLSP asks for them after every change, on a thread of its
 * own, so they are computed through the document's access.
 */
public class FindingMarkers implements ModelValidator {

	@Inject
	private SocialmapModelState state;

	@Inject
	private ServedDocument served;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		return served.access().call(() -> markers(elements));
	}

	private List<Marker> markers(List<GModelElement> elements) {
		if (state.getRoot() == null) {
			return List.of();
		}
		Set<String> asked = new HashSet<>();
		elements.forEach(element -> collectIds(element, asked));
		List<Marker> markers = new ArrayList<>();
		FindingTargets targets = new FindingTargets(state.client(), state.getIndex(), GModelIds.root(state.kind(), state.client()));
		for (Finding finding : state.document().findings()) {
			targets.target(finding).filter(asked::contains).ifPresent(id -> markers.add(marker(finding, id)));
		}
		return markers;
	}

	private static void collectIds(GModelElement element, Set<String> ids) {
		ids.add(element.getId());
		element.getChildren().forEach(child -> collectIds(child, ids));
	}

	private static Marker marker(Finding finding, String elementId) {
		return new Marker(finding.ruleId(), finding.message(), elementId, kind(finding.severity()));
	}

	static String kind(Severity severity) {
		return switch (severity) {
			case ERROR -> MarkerKind.ERROR;
			case WARNING -> MarkerKind.WARNING;
			case INFO -> MarkerKind.INFO;
		};
	}
}
