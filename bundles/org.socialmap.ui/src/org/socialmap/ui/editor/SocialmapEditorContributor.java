package org.socialmap.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the workbench's Undo and Redo at the active Socialmap editor's command stack. The action
 * bars are shared by all Socialmap editors, so the handlers change with the active one.
 */
public class SocialmapEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof SocialmapEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		}
		bars.updateActionBars();
	}
}
