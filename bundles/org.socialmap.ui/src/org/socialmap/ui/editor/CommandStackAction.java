package org.socialmap.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The workbench's Undo or Redo acting on an editor's command stack: the editor contributor sets it
 * as the global action handler, so Edit > Undo, Ctrl+Z and the toolbar undo Socialmap commands.
 */
public final class CommandStackAction extends Action {

	private final CommandStack stack;
	private final boolean undo;

	private CommandStackAction(CommandStack stack, boolean undo, ActionFactory action, String image) {
		this.stack = stack;
		this.undo = undo;
		setId(action.getId());
		setActionDefinitionId(action.getCommandId());
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
		update();
	}

	public static CommandStackAction undo(CommandStack stack) {
		return new CommandStackAction(stack, true, ActionFactory.UNDO, ISharedImages.IMG_TOOL_UNDO);
	}

	public static CommandStackAction redo(CommandStack stack) {
		return new CommandStackAction(stack, false, ActionFactory.REDO, ISharedImages.IMG_TOOL_REDO);
	}

	/** Follows the stack: enabled when there is something to undo or redo, named after it. */
	public void update() {
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String verb = undo ? "Undo" : "Redo";
		setText(next == null || next.getLabel() == null ? verb : verb + " " + next.getLabel());
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}
}
