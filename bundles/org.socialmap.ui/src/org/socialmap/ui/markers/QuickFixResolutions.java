package org.socialmap.ui.markers;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** The quick fixes of a finding marker, read from the labels the marker keeps. */
public final class QuickFixResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return labels(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return Arrays.stream(labels(marker)).map(QuickFixResolution::new).toArray(IMarkerResolution[]::new);
	}

	private static String[] labels(IMarker marker) {
		String labels = marker.getAttribute(FindingMarkers.QUICK_FIXES, "");
		if (labels.isEmpty() || !(marker.getResource() instanceof IFile)) {
			return new String[0];
		}
		return labels.split("\n");
	}
}
