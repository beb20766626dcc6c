package org.socialmap.diagram.server.tests.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.protocol.GLSPClient;

/** A GLSP client that keeps what the server sends it, session by session. */
final class RecordingClient implements GLSPClient {

	private final List<ActionMessage> messages = new ArrayList<>();

	@Override
	public synchronized void process(ActionMessage message) {
		messages.add(message);
	}

	/** What the server has sent the session so far, oldest first. */
	synchronized List<Action> received(String sessionId) {
		return messages.stream().filter(message -> message.getClientId().equals(sessionId)).map(ActionMessage::getAction)
				.toList();
	}
}
