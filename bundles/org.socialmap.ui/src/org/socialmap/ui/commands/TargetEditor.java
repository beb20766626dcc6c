package org.socialmap.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.markers.ModelEditors;

/**
 * The editor a Socialmap command works on: the active Socialmap editor, else the one of the model
 * file selected in a view (opened if needed), so that every change lands on the editor's stack.
 */
final class TargetEditor {

	private TargetEditor() {
	}

	static SocialmapEditor of(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof SocialmapEditor editor) {
			return loaded(editor);
		}
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured
				&& Adapters.adapt(structured.getFirstElement(), IFile.class) instanceof IFile file) {
			try {
				return loaded(ModelEditors.editorOf(file));
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		throw new ExecutionException("No Socialmap model is active or selected");
	}

	private static SocialmapEditor loaded(SocialmapEditor editor) throws ExecutionException {
		if (editor.loadProblem().isPresent()) {
			throw new ExecutionException("The model did not load: " + editor.loadProblem().get());
		}
		return editor;
	}
}
