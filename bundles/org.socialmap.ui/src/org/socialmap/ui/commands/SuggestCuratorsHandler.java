package org.socialmap.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.socialmap.assignment.Proposal;
import org.socialmap.model.Agency;
import org.socialmap.ui.assistant.CuratorSuggestions;
import org.socialmap.ui.assistant.ProposalsDialog;
import org.socialmap.ui.editor.SocialmapEditor;

/** Suggest Curators: shows the assistant's proposals and applies the kept ones on the editor's stack. */
public final class SuggestCuratorsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		SocialmapEditor editor = TargetEditor.of(event);
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		CuratorSuggestions suggestions = CuratorSuggestions.propose((Agency) editor.resource().getContents().get(0));
		if (suggestions.proposals().isEmpty()) {
			MessageDialog.openInformation(shell, "Suggest Curators", suggestions.infeasibilities().isEmpty()
					? "Every presence in use has an owner and a backup: nothing to propose."
					: String.join("\n", suggestions.infeasibilities()));
			return null;
		}
		ProposalsDialog dialog = new ProposalsDialog(shell, suggestions);
		List<Proposal> kept = dialog.open() == Window.OK ? dialog.kept() : List.of();
		if (!kept.isEmpty()) {
			editor.getEditingDomain().getCommandStack().execute(suggestions.command(editor.getEditingDomain(), kept));
		}
		return null;
	}
}
