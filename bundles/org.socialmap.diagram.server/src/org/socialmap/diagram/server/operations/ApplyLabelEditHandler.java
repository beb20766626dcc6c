package org.socialmap.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.diagram.GModelIds;
import org.socialmap.model.ModelElement;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;

/** Renames the element whose name label was edited in place. */
public class ApplyLabelEditHandler extends SocialmapOperationHandler<ApplyLabelEditOperation> {

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		String labelId = operation.getLabelId();
		if (!GModelIds.isPart(labelId, GModelIds.NAME)) {
			throw new GLSPServerException("Only names are edited in place; '" + labelId + "' is not a name.");
		}
		ModelElement element = elements.require(GModelIds.owner(labelId), ModelElement.class);
		if (isEmptyName(operation.getText())) {
			throw new GLSPServerException("A name cannot be empty: " + Labels.of(element) + " keeps its name.");
		}
		String name = operation.getText().strip();
		if (name.equals(element.getName())) {
			return Optional.empty();
		}
		return Optional.of(SocialmapCommands.compound("Rename " + Labels.of(element) + " to '" + name + "'",
				SetCommand.create(domain(), element, Literals.MODEL_ELEMENT__NAME, name)));
	}

	/** Names are given in words: blanks alone name nothing. */
	static boolean isEmptyName(String text) {
		return text == null || text.isBlank();
	}
}
