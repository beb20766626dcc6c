package org.socialmap.diagram.server.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.socialmap.diagram.server.operations.SocialmapOperationHandler;
import org.socialmap.model.Member;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.NotationPackage.Literals;

/** Keeps the filters the client sets in the diagram's layout, as one undoable command. */
public class SetDiagramFilterHandler extends SocialmapOperationHandler<SetDiagramFilterOperation> {

	@Override
	public Optional<Command> createCommand(SetDiagramFilterOperation operation) {
		FilterSettings wanted = operation.settings();
		DiagramLayout diagram = state.diagramLayout();
		List<String> kinds = wanted.hiddenKinds().stream().filter(Objects::nonNull).map(String::strip)
				.filter(kind -> !kind.isEmpty()).distinct().sorted().toList();
		String curator = wanted.curator() == null || wanted.curator().isBlank() ? null
				: elements.require(wanted.curator().strip(), Member.class).getId();
		List<Command> changes = new ArrayList<>();
		if (!kinds.equals(diagram.getHiddenKinds())) {
			changes.add(SetCommand.create(domain(), diagram, Literals.DIAGRAM_LAYOUT__HIDDEN_KINDS, kinds));
		}
		if (!Objects.equals(curator, diagram.getCurator())) {
			changes.add(SetCommand.create(domain(), diagram, Literals.DIAGRAM_LAYOUT__CURATOR, curator));
		}
		if (wanted.hideClosed() != diagram.isHideClosed()) {
			changes.add(SetCommand.create(domain(), diagram, Literals.DIAGRAM_LAYOUT__HIDE_CLOSED, wanted.hideClosed()));
		}
		if (wanted.findingsOnly() != diagram.isFindingsOnly()) {
			changes.add(SetCommand.create(domain(), diagram, Literals.DIAGRAM_LAYOUT__FINDINGS_ONLY, wanted.findingsOnly()));
		}
		return changes.isEmpty() ? Optional.empty() : Optional.of(SocialmapCommands.compound("Filter the diagram", changes));
	}
}
