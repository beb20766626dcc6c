package org.socialmap.ui.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ModelElement;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;

/**
 * The rules' findings as Problems-view markers on a model file: one marker per finding, its
 * location the name of the finding's main element.
 */
public final class FindingMarkers {

	/** The marker type (plugin.xml): a persistent problem marker. */
	public static final String TYPE = "org.socialmap.ui.finding";
	public static final String RULE_ID = "ruleId";
	public static final String ELEMENT_ID = "elementId";
	public static final String ELEMENT_NAME = "elementName";
	/**
	 * The labels of the finding's quick fixes, one a line: the resolutions are offered from the
	 * marker alone, without loading the model.
	 */
	public static final String QUICK_FIXES = "quickFixes";

	private FindingMarkers() {
	}

	/** Replaces the file's finding markers with those of {@code findings}, as one workspace change. */
	public static void replace(IFile file, List<Finding> findings) throws CoreException {
		IWorkspaceRunnable change = monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Finding finding : findings) {
				file.createMarker(TYPE, attributes(finding));
			}
		};
		file.getWorkspace().run(change, file, 0, null);
	}

	public static IMarker[] on(IFile file) throws CoreException {
		return file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
	}

	/** What a marker says of its finding: its rule and the element it is on (the model's id, "" for none). */
	public record FindingKey(String ruleId, String elementId) {

		/** The finding among {@code findings} this key names, if the model still has it. */
		public Optional<Finding> in(List<Finding> findings) {
			return findings.stream().filter(finding -> finding.ruleId().equals(ruleId) && FindingMarkers.elementId(finding).equals(elementId))
					.findFirst();
		}
	}

	/** Read before the markers may be replaced (an editor opening on the file replaces them). */
	public static FindingKey keyOf(IMarker marker) {
		return new FindingKey(marker.getAttribute(RULE_ID, ""), marker.getAttribute(ELEMENT_ID, ""));
	}

	private static Map<String, Object> attributes(Finding finding) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, severity(finding));
		attributes.put(IMarker.MESSAGE, finding.message());
		attributes.put(RULE_ID, finding.ruleId());
		attributes.put(ELEMENT_ID, elementId(finding));
		mainElement(finding).map(Labels::name).ifPresent(name -> {
			attributes.put(ELEMENT_NAME, name);
			attributes.put(IMarker.LOCATION, name);
		});
		attributes.put(QUICK_FIXES, finding.fixes().stream().map(QuickFix::label).collect(Collectors.joining("\n")));
		return attributes;
	}

	private static int severity(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	/** The main element's id, or "" for a finding on no identified element (a rule contribution's). */
	private static String elementId(Finding finding) {
		return mainElement(finding).map(ModelElement::getId).orElse("");
	}

	private static Optional<ModelElement> mainElement(Finding finding) {
		List<EObject> elements = finding.elements();
		return elements.isEmpty() || !(elements.get(0) instanceof ModelElement element) ? Optional.empty() : Optional.of(element);
	}
}
