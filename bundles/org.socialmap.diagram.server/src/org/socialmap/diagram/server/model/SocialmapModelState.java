package org.socialmap.diagram.server.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.ClientCompany;
import org.socialmap.notation.DiagramLayout;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A client session's state: the shared {@link ModelDocument} it shows, which client company, which
 * diagram, and the GModel last sent. Commands go to the document's one command stack; after each
 * (this session's or anyone else's), the other sessions on the document send their clients the new
 * model.
 */
public class SocialmapModelState extends DefaultGModelState implements ModelDocument.Listener {

	@Inject
	private Provider<ActionDispatcher> dispatcher;

	@Inject
	private DiagramKind kind;

	private ModelDocument document;
	private ClientCompany client;
	private final AtomicBoolean refreshQueued = new AtomicBoolean();

	/** No command stack of its own: the document's is set when the model is loaded. */
	@Override
	public void init() {
		// replaces GLSP's GModel command stack, which would record changes to the GModel only
	}

	/** Shows {@code client} of {@code document} in this session. */
	public void show(ModelDocument shown, ClientCompany shownClient) {
		if (document != null && document != shown) {
			document.removeListener(this);
		}
		document = shown;
		client = shownClient;
		commandStack = shown.commandStack();
		shown.addListener(this);
	}

	/** Leaves the document: this session is closing. */
	public void leave() {
		if (document != null) {
			document.removeListener(this);
		}
	}

	public ModelDocument document() {
		requireShowing();
		return document;
	}

	public ClientCompany client() {
		requireShowing();
		return client;
	}

	private void requireShowing() {
		if (document == null) {
			throw new GLSPServerException("No model is open in this session yet: the page must ask for one first.");
		}
	}

	public DiagramKind kind() {
		return kind;
	}

	/** This diagram's layout and filters. */
	public DiagramLayout diagramLayout() {
		return document().diagramLayout(client(), kind.layoutType());
	}

	/** Executes {@code command} on the document's stack; refuses, in words, one that cannot run on the model as it is. */
	@Override
	public void execute(Command command) {
		if (!command.canExecute()) {
			throw new GLSPServerException("'" + command.getLabel() + "' cannot be done on the model as it is now.");
		}
		document().execute(command, this);
	}

	@Override
	public void undo() {
		if (canUndo()) {
			document().undo(this);
		}
	}

	@Override
	public void redo() {
		if (canRedo()) {
			document().redo(this);
		}
	}

	@Override
	public boolean isDirty() {
		return document != null ? document.isDirty() : super.isDirty();
	}

	/**
	 * Queues one refresh of this session's client, however many changes come before it runs. Queued
	 * from another thread: the caller has the document's access, and this session's action queue may
	 * be full while its thread waits for that lock.
	 */
	@Override
	public void documentChanged() {
		if (refreshQueued.compareAndSet(false, true)) {
			CompletableFuture.runAsync(() -> dispatcher.get().dispatch(new RefreshModelAction()));
		}
	}

	/** Called as the queued refresh runs: changes from now on queue another. */
	void refreshStarted() {
		refreshQueued.set(false);
	}
}
