package org.socialmap.diagram.server.validation;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.diagram.server.validation.SetQuickFixesAction.Fix;

import com.google.inject.Inject;

/** Answers {@code requestQuickFixes} with the fixes of the findings shown on the element. */
public class RequestQuickFixesHandler extends AbstractActionHandler<RequestQuickFixesAction> {

	@Inject
	private SocialmapModelState state;

	@Override
	protected List<Action> executeAction(RequestQuickFixesAction action) {
		String elementId = action.getElementId();
		if (elementId == null || state.getIndex().get(elementId).isEmpty()) {
			throw new GLSPServerException("There is no element '" + elementId + "' on this diagram to fix.");
		}
		List<Fix> fixes = QuickFixes.on(state, elementId).entrySet().stream()
				.map(fix -> new Fix(fix.getKey(), fix.getValue().label())).toList();
		return listOf(new SetQuickFixesAction(elementId, fixes));
	}
}
