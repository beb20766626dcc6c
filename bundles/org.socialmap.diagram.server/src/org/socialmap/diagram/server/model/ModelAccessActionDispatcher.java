package org.socialmap.diagram.server.model;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.internal.actions.DefaultActionDispatcher;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * GLSP's dispatcher, with two rules of Socialmap's: each action runs through the document's
 * {@link ModelAccess} (sessions, and in Eclipse the editors, share the model), and an action from the client that fails is answered
 * with an error message in words, never left unanswered. Actions the server sends itself fail as in
 * GLSP (a progress report the client did not ask for is dropped).
 */
public class ModelAccessActionDispatcher extends DefaultActionDispatcher {

	private static final Logger LOG = LogManager.getLogger(ModelAccessActionDispatcher.class);

	@Inject
	private ServedDocument served;

	/**
	 * Drops the action when the session ended while it waited for the access (the page closed, the
	 * editor stopped its server): no client is left to answer.
	 */
	@Override
	protected List<CompletableFuture<Void>> runAction(Action action) {
		return served.access().call(() -> isDisposed() ? List.of() : runWithAnswer(action));
	}

	private List<CompletableFuture<Void>> runWithAnswer(Action action) {
		try {
			return super.runAction(action);
		} catch (GLSPServerException refused) {
			if (!action.isReceivedFromClient()) {
				throw refused;
			}
			return dispatchAll(List.of(MessageActionUtil.error(refused.getMessage())));
		} catch (RuntimeException failure) {
			if (!action.isReceivedFromClient()) {
				throw failure;
			}
			LOG.error("Action " + action.getKind() + " failed", failure);
			return dispatchAll(List.of(MessageActionUtil.error("The server could not carry out '" + action.getKind()
					+ "': " + (failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName())
					+ ".")));
		}
	}
}
