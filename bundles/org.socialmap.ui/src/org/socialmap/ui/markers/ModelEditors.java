package org.socialmap.ui.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.socialmap.ui.editor.SocialmapEditor;

/** The Socialmap editor of a workspace file: the open one, else a newly opened one. */
public final class ModelEditors {

	private ModelEditors() {
	}

	/**
	 * Changes go through the editor's command stack, so that they can be undone and the file is
	 * saved with the editor's other changes; hence a file is always edited through its editor.
	 */
	public static SocialmapEditor editorOf(IFile file) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = IDE.openEditor(page, file);
		if (editor instanceof SocialmapEditor socialmap) {
			return socialmap;
		}
		throw new PartInitException(file.getName() + " is not open in the Socialmap editor");
	}
}
