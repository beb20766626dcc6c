package org.socialmap.diagram.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.socialmap.catalog.Catalogs;
import org.socialmap.diagram.server.DiagramServer;
import org.socialmap.diagram.server.DiagramServerSetup;
import org.socialmap.diagram.server.WebRoot;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFiles;

/**
 * A model's diagrams in the workbench: the diagram client's page in an SWT Browser, served by a
 * diagram server of this editor's own on 127.0.0.1 (per-session token, Origin check). The server
 * opens the file itself, so dirty state, save, undo and redo are the server's command stack, not
 * the tree editor's (docs/diagrams.md, "In Eclipse").
 */
public final class DiagramEditor extends EditorPart {

	public static final String ID = "org.socialmap.diagram.ui.editor";
	private static final String FIRST_DIAGRAM = "map";
	private static final Duration SAVE_TIMEOUT = Duration.ofSeconds(30);

	private IFile file;
	private DiagramServer server;
	private DiagramPage page;
	private PageState state = PageState.LOADING;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The Socialmap diagram opens workspace files only, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		file = fileInput.getFile();
		setPartName(file.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Path modelFile = file.getLocation().toPath();
		try {
			Agency agency = SocialmapFiles.load(modelFile);
			WebRoot client = WebRoot.ofBundle(WebRoot.CLIENT_BUNDLE)
					.orElseThrow(() -> new IOException("the diagram client (" + WebRoot.CLIENT_BUNDLE + ") is not installed"));
			server = DiagramServer.start(DiagramServerSetup.forFile(modelFile, agency, client, Catalogs.registry(), 0));
			page = new DiagramPage(parent, firstPage(agency), this::pageStateChanged);
			delegateUndoAndRedo();
		} catch (IOException e) {
			Label error = new Label(parent, SWT.WRAP);
			error.setText(file.getName() + ": the diagram cannot be shown: " + e.getMessage());
		}
	}

	/** The map of the model's first client; the page's own top bar chooses another diagram or client. */
	private URI firstPage(Agency agency) {
		String uri = server.pageUri() + "&diagram=" + FIRST_DIAGRAM;
		if (!agency.getClients().isEmpty()) {
			uri += "&client=" + URLEncoder.encode(agency.getClients().get(0).getId(), StandardCharsets.UTF_8);
		}
		return URI.create(uri);
	}

	/** Ctrl+Z and Ctrl+Y reach the workbench's key bindings first: hand them to the diagram's stack. */
	private void delegateUndoAndRedo() {
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new PageAction("{ kind: 'glspUndo' }"));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new PageAction("{ kind: 'glspRedo' }"));
	}

	private final class PageAction extends Action {

		private final String action;

		PageAction(String action) {
			this.action = action;
		}

		@Override
		public void run() {
			dispatch(action);
		}
	}

	private void pageStateChanged(PageState newState) {
		boolean dirtyChanged = newState.dirty() != state.dirty();
		state = newState;
		if (dirtyChanged) {
			firePropertyChange(PROP_DIRTY);
		}
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

	/** What the page last said of itself. */
	public PageState pageState() {
		return state;
	}

	/** The page the Browser shows (with this session's token). */
	public URI pageUri() {
		return server.pageUri();
	}

	@Override
	public boolean isDirty() {
		return state.dirty();
	}

	/** Asks the server to save (model, then layout) and waits until the page is clean again. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!isDirty()) {
			return;
		}
		dispatch("{ kind: 'saveModel' }");
		boolean saved = DisplayWait.until(() -> !state.dirty(), SAVE_TIMEOUT);
		refreshWorkspace();
		if (!saved) {
			// the page's message bar says why; the editor stays dirty
			monitor.setCanceled(true);
		}
	}

	/** The server wrote the files outside the workspace's API. */
	private void refreshWorkspace() {
		try {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("a diagram is saved with its model, in place");
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
			throw new IOException(file.getName() + " shows no diagram to export");
		}
		return page;
	}

	@Override
	public void setFocus() {
		if (page != null) {
			page.browser().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (server != null) {
			try {
				server.close();
			} catch (IOException e) {
				ILog.of(getClass()).error("The diagram server of " + file.getName() + " did not stop cleanly", e);
			}
		}
		super.dispose();
	}
}
