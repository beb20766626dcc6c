package org.socialmap.diagram.server.validation;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.operations.SocialmapOperationHandler;
import org.socialmap.rules.QuickFix;

/** Applies a quick fix: the command the rule gives ({@code QuickFix.command}), on the one command stack. */
public class ApplyQuickFixHandler extends SocialmapOperationHandler<ApplyQuickFixOperation> {

	@Override
	public Optional<Command> createCommand(ApplyQuickFixOperation operation) {
		QuickFix fix = QuickFixes.on(state, operation.getElementId()).get(operation.getFixId());
		if (fix == null) {
			throw new GLSPServerException("That fix is no longer offered on '" + operation.getElementId()
					+ "': the model changed since it was listed. Ask for the fixes again.");
		}
		return Optional.of(fix.command(domain()));
	}
}
