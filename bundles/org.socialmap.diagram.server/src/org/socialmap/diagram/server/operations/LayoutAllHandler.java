package org.socialmap.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.layout.AutomaticLayoutCommand;

import com.google.inject.Inject;

/** The layout the user asks for, as one undoable command on the layout. */
public class LayoutAllHandler extends SocialmapOperationHandler<LayoutAllOperation> {

	@Inject
	private DiagramGraph graph;

	@Override
	public Optional<Command> createCommand(LayoutAllOperation operation) {
		return AutomaticLayoutCommand.create(domain(), state.diagramLayout(), graph.current(), operation.isKeepPinned());
	}
}
