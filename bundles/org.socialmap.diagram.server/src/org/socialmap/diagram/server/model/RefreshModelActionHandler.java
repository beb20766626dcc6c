package org.socialmap.diagram.server.model;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Sends this session's client the model as another session left it, with its dirty state and findings. */
public class RefreshModelActionHandler extends AbstractActionHandler<RefreshModelAction> {

	@Inject
	private SocialmapModelState state;

	@Inject
	private ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(RefreshModelAction action) {
		state.refreshStarted();
		if (state.getRoot() == null) {
			return none(); // the client has not asked for its model yet
		}
		return submission.submitModel(SetDirtyStateAction.Reason.EXTERNAL);
	}
}
