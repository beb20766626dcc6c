package org.socialmap.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.socialmap.diagram.server.diagram.DiagramGraph;
import org.socialmap.diagram.server.layout.AutomaticLayoutCommand;

import com.google.inject.Inject;

/** GLSP's own {@code layout}: lays out what was not placed by hand, as {@code layoutAll} with {@code keepPinned}. */
public class LayoutHandler extends SocialmapOperationHandler<LayoutOperation> {

	@Inject
	private DiagramGraph graph;

	@Override
	public Optional<Command> createCommand(LayoutOperation operation) {
		return AutomaticLayoutCommand.create(domain(), state.diagramLayout(), graph.current(), true);
	}
}
