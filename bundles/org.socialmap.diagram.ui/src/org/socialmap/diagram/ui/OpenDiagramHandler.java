package org.socialmap.diagram.ui;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.socialmap.document.ModelDocument;

/**
 * Open Diagram: the diagram editor on the .socialmap file selected in a view, or else on the file
 * of the active editor (the tree editor's "Diagram > Open Diagram").
 */
public final class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<IEditorInput> model = selectedFile(HandlerUtil.getCurrentSelection(event))
				.or(() -> activeEditorsModel(HandlerUtil.getActiveEditor(event)));
		if (model.isEmpty()) {
			return null;
		}
		try {
			// matching the input alone would find the tree editor of the same file and activate it
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(model.get(),
					DiagramEditor.ID, true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The diagram of " + model.get().getName() + " cannot be opened: " + e.getMessage(), e);
		}
		return null;
	}

	private static Optional<IEditorInput> selectedFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return Optional.ofNullable(Adapters.adapt(structured.getFirstElement(), IFile.class)).map(FileEditorInput::new);
		}
		return Optional.empty();
	}

	/** The file of the active Socialmap editor, in the workspace or not. */
	private static Optional<IEditorInput> activeEditorsModel(IEditorPart editor) {
		return editor != null && Adapters.adapt(editor, ModelDocument.class) != null
				? Optional.of(editor.getEditorInput()) : Optional.empty();
	}
}
