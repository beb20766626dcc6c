package org.socialmap.diagram.server.operations;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.socialmap.diagram.server.diagram.DiagramElements;
import org.socialmap.diagram.server.model.SocialmapModelState;

import com.google.inject.Inject;

/**
 * An operation handler that turns an operation into an EMF command on the session's document, for
 * the one command stack. It refuses bad operations by throwing {@code GLSPServerException} with a
 * message in words, which the client is sent.
 */
public abstract class SocialmapOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected SocialmapModelState state;

	@Inject
	protected DiagramElements elements;

	protected EditingDomain domain() {
		return state.document().domain();
	}
}
