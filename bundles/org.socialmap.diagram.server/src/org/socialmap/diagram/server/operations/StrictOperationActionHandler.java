package org.socialmap.diagram.server.operations;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.types.GLSPServerException;

/**
 * GLSP's operation handling, except that an operation no handler of this diagram takes (an element
 * type it has not, an operation of another diagram) is refused in words instead of ignored.
 */
public class StrictOperationActionHandler extends OperationActionHandler {

	@Override
	protected List<Action> executeOperation(Operation operation) {
		return operationHandlerRegistry.getOperationHandler(operation).map(handler -> executeHandler(operation, handler))
				.orElseThrow(() -> new GLSPServerException(operation instanceof CreateOperation create
						? "There is no '" + create.getElementTypeId() + "' to create on this diagram."
						: "'" + operation.getKind() + "' cannot be done on this diagram."));
	}
}
