package org.socialmap.ui.document;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

/** The local file behind an editor input: a workspace file, or a file opened from outside the workspace. */
final class EditorFiles {

	private EditorFiles() {
	}

	static Path localFile(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput) {
			IPath location = fileInput.getFile().getLocation();
			if (location != null) {
				return location.toPath();
			}
		} else if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			if ("file".equals(uri.getScheme())) {
				return Path.of(uri);
			}
		}
		throw new PartInitException("A Socialmap model must be a local file: " + input.getName());
	}
}
