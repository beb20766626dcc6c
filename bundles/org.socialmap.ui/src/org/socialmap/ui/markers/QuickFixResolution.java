package org.socialmap.ui.markers;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.socialmap.rules.QuickFix;
import org.socialmap.ui.editor.SocialmapEditor;

/**
 * A finding's quick fix offered on its marker. Running it validates the editor's current model and
 * applies the fix only if the finding still offers it (the marker may be older than the model), as
 * a command on the editor's stack; then the file's markers are refreshed.
 */
final class QuickFixResolution implements IMarkerResolution2 {

	private final String label;

	QuickFixResolution(String label) {
		this.label = label;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return label;
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
	}

	@Override
	public void run(IMarker marker) {
		try {
			FindingMarkers.FindingKey key = FindingMarkers.keyOf(marker);
			SocialmapEditor editor = ModelEditors.editorOf((IFile) marker.getResource());
			Optional<QuickFix> fix = key.in(ModelFindings.of(editor))
					.flatMap(finding -> finding.fixes().stream().filter(candidate -> candidate.label().equals(label)).findFirst());
			if (fix.isPresent()) {
				editor.getEditingDomain().getCommandStack().execute(fix.get().command(editor.getEditingDomain()));
			}
			EditorMarkers.refresh(editor);
		} catch (CoreException e) {
			ILog.of(QuickFixResolution.class).log(Status.error("Quick fix '" + label + "' not applied", e));
		}
	}
}
