package org.socialmap.ui.markers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IFileEditorInput;
import org.socialmap.rules.Finding;
import org.socialmap.ui.editor.SocialmapEditor;

/** Validates an editor's model and shows the findings as markers on its file. */
public final class EditorMarkers {

	private EditorMarkers() {
	}

	/**
	 * Replaces the file's markers with the findings on the editor's model. A file opened from
	 * outside the workspace has no resource to carry markers: nothing is marked then.
	 *
	 * @return the findings
	 */
	public static List<Finding> refresh(SocialmapEditor editor) throws CoreException {
		List<Finding> findings = ModelFindings.of(editor);
		Optional<IFile> file = workspaceFile(editor);
		if (file.isPresent() && editor.loadProblem().isEmpty()) {
			FindingMarkers.replace(file.get(), findings);
		}
		return findings;
	}

	static Optional<IFile> workspaceFile(SocialmapEditor editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? Optional.of(input.getFile()) : Optional.empty();
	}
}
