package org.socialmap.diagram.server.tests.diagrams;

import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.session.ClientSession;
import org.socialmap.diagram.server.model.ServedDocument;
import org.socialmap.diagram.server.model.SocialmapModelState;
import org.socialmap.document.ModelDocument;

/**
 * One client session of a diagram: actions go in through GLSP's own dispatcher, as from a page (and
 * wait until they are handled), and what the server answered is read back from the recording client.
 */
final class Session {

	private final ClientSession session;
	private final RecordingClient client;
	private final ServedDocument served;

	Session(ClientSession session, RecordingClient client, ServedDocument served) {
		this.session = session;
		this.client = client;
		this.served = served;
	}

	String id() {
		return session.getId();
	}

	/** Sends {@code action} as the page would, and waits until the server has handled it. */
	void send(Action action) {
		action.setReceivedFromClient(true);
		session.getActionDispatcher().dispatch(action).join();
	}

	SocialmapModelState state() {
		return session.getInjector().getInstance(SocialmapModelState.class);
	}

	<T> T instance(Class<T> type) {
		return session.getInjector().getInstance(type);
	}

	ModelDocument document() {
		return state().document();
	}

	/** The GModel the server sent last. */
	GModelRoot root() {
		return served.access().call(() -> state().getRoot());
	}

	Optional<GModelElement> element(String id) {
		return served.access().call(() -> state().getIndex().get(id));
	}

	GModelElement require(String id) {
		return element(id).orElseThrow(() -> new AssertionError("the diagram has no element '" + id + "'"));
	}

	List<Action> received() {
		return client.received(id());
	}

	/** The last action of {@code type} the server sent this session. */
	<T extends Action> Optional<T> last(Class<T> type) {
		List<Action> received = received();
		for (int i = received.size() - 1; i >= 0; i--) {
			if (type.isInstance(received.get(i))) {
				return Optional.of(type.cast(received.get(i)));
			}
		}
		return Optional.empty();
	}

	/** How many actions of {@code type} the server sent this session. */
	long count(Class<? extends Action> type) {
		return received().stream().filter(type::isInstance).count();
	}

	/** The messages with severity {@code severity} ("ERROR", "WARNING"...) the server sent this session. */
	List<String> messages(String severity) {
		return received().stream().filter(MessageAction.class::isInstance).map(MessageAction.class::cast)
				.filter(message -> severity.equals(message.getSeverity())).map(MessageAction::getMessage).toList();
	}
}
