package org.socialmap.diagram.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.socialmap.catalog.Catalogs;
import org.socialmap.diagram.server.DiagramServer;
import org.socialmap.diagram.server.DiagramServerSetup;
import org.socialmap.diagram.server.WebRoot;
import org.socialmap.diagram.server.diagram.SelectedElements;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.ui.document.EditorDocument;
import org.socialmap.ui.document.SelectionFollower;
import org.socialmap.ui.editor.CommandStackAction;

import com.google.gson.Gson;

/**
 * A model's diagrams in the workbench: the diagram client's page in an SWT Browser, served by a
 * diagram server of this editor's own on 127.0.0.1 (per-session token, Origin check). The server
 * shows the file's shared {@link ModelDocument}, the one its tree editor edits: one command stack,
 * so undo, redo, the dirty state and save are the same in both, and each follows the other's
 * changes and selection (docs/diagrams.md, "In Eclipse").
 */
public final class DiagramEditor extends EditorPart {

	public static final String ID = "org.socialmap.diagram.ui.editor";
	private static final String FIRST_DIAGRAM = "map";

	private EditorDocument shared;
	private String openProblem;
	private CompletableFuture<DiagramServer> server;
	private DiagramPage page;
	private OpeningTimes openingTimes;
	private PageState state = PageState.LOADING;
	private final CompletableFuture<Void> firstDrawing = new CompletableFuture<>();
	private final DiagramSelection selection = new DiagramSelection();
	private SelectionFollower selectionFollower;
	private CommandStackAction undoAction;
	private CommandStackAction redoAction;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			shared = EditorDocument.open(input, this::documentChanged);
		} catch (SocialmapFileException e) {
			openProblem = e.getMessage();
		}
	}

	/**
	 * Starts the server on a thread of its own and the page's Browser meanwhile: loading Jetty, Guice
	 * and GLSP takes as long as WebKit takes to start its web process (docs/benchmarks.md).
	 */
	@Override
	public void createPartControl(Composite parent) {
		openingTimes = OpeningTimes.start();
		try {
			if (openProblem != null) {
				throw new IOException(openProblem);
			}
			WebRoot client = WebRoot.ofBundle(WebRoot.CLIENT_BUNDLE)
					.orElseThrow(() -> new IOException("the diagram client (" + WebRoot.CLIENT_BUNDLE + ") is not installed"));
			server = startServer(DiagramServerSetup.forDocument(document(), client, Catalogs.registry(), 0));
			page = new DiagramPage(parent, this::pageStateChanged, this::pageSelectionChanged);
			openingTimes.browserCreated();
			server.whenComplete((started, failure) -> parent.getDisplay().asyncExec(() -> serverStarted(parent, failure)));
			getSite().setSelectionProvider(selection);
			selectionFollower = SelectionFollower.install(this, document(), this::select);
			connectKeys();
		} catch (IOException e) {
			showProblem(parent, e);
		}
	}

	private CompletableFuture<DiagramServer> startServer(DiagramServerSetup setup) {
		CompletableFuture<DiagramServer> started = new CompletableFuture<>();
		Thread.ofPlatform().daemon().name("start diagram server of " + getPartName()).start(() -> {
			try {
				started.complete(DiagramServer.start(setup));
			} catch (IOException | RuntimeException e) {
				started.completeExceptionally(e);
			}
		});
		return started;
	}

	private void serverStarted(Composite parent, Throwable failure) {
		if (parent.isDisposed()) {
			return;
		}
		if (failure != null) {
			page.browser().dispose();
			page = null;
			showProblem(parent, failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure));
			parent.layout(true);
			return;
		}
		openingTimes.serverStarted();
		page.open(firstPage(server.join()));
	}

	private void showProblem(Composite parent, IOException problem) {
		Label error = new Label(parent, SWT.WRAP);
		error.setText(getPartName() + ": the diagram cannot be shown: " + problem.getMessage());
		firstDrawing.completeExceptionally(problem);
	}

	/** The map of the model's first client; the page's own top bar chooses another diagram or client. */
	private URI firstPage(DiagramServer started) {
		String uri = started.pageUri() + "&diagram=" + FIRST_DIAGRAM;
		if (!document().agency().getClients().isEmpty()) {
			uri += "&client=" + URLEncoder.encode(document().agency().getClients().get(0).getId(), StandardCharsets.UTF_8);
		}
		return URI.create(uri);
	}

	/**
	 * The workbench's key bindings see keys before the Browser does: Undo and Redo act on the shared
	 * command stack, Delete and Select All on the page's selection, as the page's own keys would.
	 */
	private void connectKeys() {
		undoAction = CommandStackAction.undo(document().commandStack());
		redoAction = CommandStackAction.redo(document().commandStack());
		IActionBars bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), new PageAction(ActionFactory.DELETE, this::deleteSelection));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), new PageAction(ActionFactory.SELECT_ALL,
				() -> Optional.of("{ kind: 'allSelected', select: true }")));
		bars.updateActionBars();
	}

	private final class PageAction extends Action {

		private final Supplier<Optional<String>> action;

		PageAction(ActionFactory command, Supplier<Optional<String>> action) {
			this.action = action;
			setActionDefinitionId(command.getCommandId());
		}

		@Override
		public void run() {
			action.get().ifPresent(DiagramEditor.this::dispatch);
		}
	}

	/** GLSP's delete of what the page has selected; nothing when nothing is. */
	private Optional<String> deleteSelection() {
		List<String> ids = SelectedElements.ids(selection.elements());
		return ids.isEmpty() ? Optional.empty()
				: Optional.of("{ kind: 'deleteElement', isOperation: true, elementIds: " + new Gson().toJson(ids) + " }");
	}

	private void pageStateChanged(PageState newState) {
		state = newState;
		if (newState.ready() && !firstDrawing.isDone()) {
			openingTimes.drawn(page.timings());
			firstDrawing.complete(null);
		} else if (newState.failed()) {
			firstDrawing.completeExceptionally(new IOException("the diagram page could not draw " + getPartName()));
		}
	}

	/** The page's selection, as model elements, for the Properties view and the tree. */
	private void pageSelectionChanged(List<String> ids) {
		selection.set(SelectedElements.of(document(), ids));
	}

	/** Selects on the page what the tree selected, unless the page has it selected already. */
	private void select(List<EObject> elements) {
		if (page != null && !elements.equals(selection.elements())) {
			page.select(SelectedElements.ids(elements));
		}
	}

	private void documentChanged() {
		if (undoAction != null) {
			undoAction.update();
			redoAction.update();
		}
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * Sends a GLSP action to the server through the page, as its own controls do, e.g.
	 * {@code { kind: 'layoutAll', keepPinned: true }}: a JavaScript object literal.
	 */
	public void dispatch(String action) {
		if (page != null) { // null when the diagram could not be shown: there is nothing to act on
			page.dispatch(action);
		}
	}

	/** Completes when the page has drawn its first diagram, or fails when it cannot draw one. */
	public CompletionStage<Void> firstDrawing() {
		return firstDrawing;
	}

	/** What the page last said of itself. */
	public PageState pageState() {
		return state;
	}

	/** When each step of showing the first diagram happened; complete once {@link #firstDrawing()} is. */
	public OpeningTimes openingTimes() {
		return openingTimes;
	}

	/** The page the Browser shows (with this session's token), once the server has started. */
	public URI pageUri() {
		return server.join().pageUri();
	}

	/** The document shared with the file's other editors; null when the file did not load. */
	public ModelDocument document() {
		return shared == null ? null : shared.document();
	}

	@Override
	public boolean isDirty() {
		return shared != null && shared.isDirty();
	}

	/** Saves model and layout, for every editor of the file; a failure is said in a dialog and leaves the editor dirty. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (shared == null) {
			return;
		}
		Optional<String> problem = shared.save();
		if (problem.isPresent()) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), "Save " + getPartName(), problem.get());
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("a diagram is saved with its model, in place");
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		T adapter = shared == null ? null : shared.adapter(type);
		return adapter != null ? adapter : super.getAdapter(type);
	}

	/** Writes the diagram shown as a self-contained SVG document. */
	public void exportSvg(Path target) throws IOException {
		Files.writeString(target, shownPage().call("exportSvg"), StandardCharsets.UTF_8);
	}

	/** Writes the diagram shown as a PNG (the page draws it on a plain canvas, which WebKitGTK renders). */
	public void exportPng(Path target) throws IOException {
		String dataUrl = shownPage().call("exportPng");
		Files.write(target, Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)));
	}

	private DiagramPage shownPage() throws IOException {
		if (page == null) {
			throw new IOException(getPartName() + " shows no diagram to export");
		}
		return page;
	}

	@Override
	public void setFocus() {
		if (page != null) {
			page.browser().setFocus();
		}
	}

	/**
	 * Stops the server, once started, on a thread of its own: its sessions may be waiting for the
	 * display thread (the document's access), which must stay free to serve them until they end.
	 */
	@Override
	public void dispose() {
		if (selectionFollower != null) {
			selectionFollower.uninstall();
		}
		if (shared != null) {
			shared.close();
		}
		if (server != null) {
			String name = getPartName();
			server.thenAcceptAsync(stopping -> {
				try {
					stopping.close();
				} catch (IOException e) {
					ILog.of(DiagramEditor.class).error("The diagram server of " + name + " did not stop cleanly", e);
				}
			}, task -> Thread.ofVirtual().name("stop diagram server of " + name).start(task));
		}
		super.dispose();
	}
}
