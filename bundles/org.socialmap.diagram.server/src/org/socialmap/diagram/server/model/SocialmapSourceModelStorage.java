package org.socialmap.diagram.server.model;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.ClientOptionsUtil;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.io.LayoutWarning;

import com.google.inject.Inject;

/**
 * Opens the session's model, the server's {@link ServedDocument}, (the {@code sourceUri} and
 * {@code client} options of {@code requestModel}), and saves model and layout for it.
 */
public class SocialmapSourceModelStorage implements SourceModelStorage {

	/** The {@code requestModel} option naming the client company to draw; the first when absent. */
	public static final String CLIENT_OPTION = "client";

	@Inject
	private ServedDocument served;

	@Inject
	private SocialmapModelState state;

	@Inject
	private ActionDispatcher dispatcher;

	@Inject
	private ClientSessionManager sessions;

	@Inject
	@ClientId
	private String clientId;

	private boolean watchingSessionEnd;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		Map<String, String> options = action.getOptions();
		ModelDocument document = served.open(ClientOptionsUtil.getSourceUri(options).orElse(null));
		state.show(document, chosenClient(document, options.get(CLIENT_OPTION)));
		leaveWhenSessionEnds();
		List<LayoutWarning> warnings = document.takeLayoutWarnings();
		if (!warnings.isEmpty()) {
			dispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn(String.join("\n",
					warnings.stream().map(LayoutWarning::message).toList())));
		}
	}

	private static ClientCompany chosenClient(ModelDocument document, String clientOption) {
		if (document.agency().getClients().isEmpty()) {
			throw new GLSPServerException(document.file() + " has no client company to draw: add one first.");
		}
		if (clientOption == null || clientOption.isBlank()) {
			return document.agency().getClients().get(0);
		}
		return document.client(clientOption).orElseThrow(() -> new GLSPServerException(document.file()
				+ " has no client company with id '" + clientOption + "'; it has "
				+ Labels.list(document.agency().getClients()) + "."));
	}

	private void leaveWhenSessionEnds() {
		if (watchingSessionEnd) {
			return;
		}
		watchingSessionEnd = true;
		sessions.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession session) {
				state.leave();
			}
		}, clientId);
	}

	/**
	 * Saves the model, then its layout. A model that cannot be saved (another program changed the
	 * file, a read-only folder...) is refused in words and nothing is overwritten; a layout that
	 * cannot be saved is reported, and the diagram stays dirty until it is.
	 */
	@Override
	public void saveSourceModel(SaveModelAction action) {
		ModelDocument document = state.document();
		try {
			Optional<IOException> layoutFailure = document.save(state);
			layoutFailure.ifPresent(failure -> dispatcher.dispatch(MessageActionUtil
					.warn("The model was saved, but not its layout: " + failure.getMessage() + ".")));
		} catch (IOException notSaved) {
			throw new GLSPServerException("Not saved: " + notSaved.getMessage()
					+ ". Your edits are still here, in this page.", notSaved);
		}
	}
}
