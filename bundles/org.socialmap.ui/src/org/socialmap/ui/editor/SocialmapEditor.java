package org.socialmap.ui.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.ui.document.EditorDocument;
import org.socialmap.ui.document.SelectionFollower;
import org.socialmap.ui.forms.ClientOverviewForm;
import org.socialmap.ui.viewers.ItemProviderContentProvider;
import org.socialmap.ui.viewers.ItemProviderLabelProvider;

/**
 * The editor of a {@code .socialmap} file: a client's overview (core business, organisation model,
 * objectives) and the whole model as a tree, its properties in the Properties view. It shares the file's {@link ModelDocument} with the file's diagrams, so every change is a
 * command on one editing domain: the workbench's Undo and Redo, the dirty state and save follow one
 * command stack, whichever editor made the change. A file that does not load shows the loader's
 * message instead, and is never written.
 */
public class SocialmapEditor extends EditorPart implements IEditingDomainProvider {

	private EditorDocument shared;
	private String loadProblem;
	private String saveProblem;

	private static final int MODEL_PAGE = 1;

	private CTabFolder pages;
	private ClientOverviewForm overview;
	private TreeViewer viewer;
	private Label saveProblemBar;
	private CommandStackAction undoAction;
	private CommandStackAction redoAction;
	private SelectionFollower selectionFollower;
	private final INotifyChangedListener modelChanges = this::showModelChange;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			shared = EditorDocument.open(input, this::documentChanged);
		} catch (SocialmapFileException e) {
			loadProblem = e.getMessage();
			return;
		}
		undoAction = CommandStackAction.undo(document().commandStack());
		redoAction = CommandStackAction.redo(document().commandStack());
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadProblem != null) {
			LoadErrorPage.create(parent, loadProblem);
			return;
		}
		Composite editor = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		editor.setLayout(layout);
		saveProblemBar = new Label(editor, SWT.WRAP);
		saveProblemBar.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		showInLayout(saveProblemBar, false);

		// pages at the bottom, as Eclipse's multi-page editors have them: the client's overview, the whole model as a tree
		pages = new CTabFolder(editor, SWT.BOTTOM | SWT.FLAT);
		pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		overview = new ClientOverviewForm(pages, document().domain(), document().agency());
		addPage("Overview", overview.getControl());

		ComposedAdapterFactory adapters = adapters();
		viewer = new TreeViewer(pages, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		addPage("Model", viewer.getControl());
		pages.setSelection(MODEL_PAGE);
		viewer.setContentProvider(new ItemProviderContentProvider(adapters));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapters));
		viewer.setInput(resource());
		viewer.expandToLevel(2);
		adapters.addListener(modelChanges);
		getSite().setSelectionProvider(viewer);
		selectionFollower = SelectionFollower.install(this, document(), this::reveal);
	}

	private void addPage(String title, Control control) {
		CTabItem page = new CTabItem(pages, SWT.NONE);
		page.setText(title);
		page.setControl(control);
	}

	/** Selects in the tree what another editor of the file selected, unless it is selected already. */
	private void reveal(List<EObject> elements) {
		if (viewer != null && !viewer.getControl().isDisposed()
				&& !((IStructuredSelection) viewer.getSelection()).toList().equals(elements)) {
			pages.setSelection(MODEL_PAGE);
			viewer.setSelection(new StructuredSelection(elements), true);
		}
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public boolean isDirty() {
		return shared != null && shared.isDirty();
	}

	/**
	 * Saves model and layout for every editor of the file: atomically, and refused when another
	 * program changed the file since it was read. A failed save leaves the file as it was and the
	 * editor dirty, and says why above the tree.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (shared == null) {
			return;
		}
		Optional<String> problem = shared.save();
		showSaveProblem(problem.orElse(null));
		if (problem.isPresent()) {
			monitor.setCanceled(true);
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Save As is not offered for Socialmap models");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return shared == null ? null : document().domain();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		T adapter = shared == null ? null : shared.adapter(type);
		return adapter != null ? adapter : super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (shared != null) {
			adapters().removeListener(modelChanges);
			if (selectionFollower != null) {
				selectionFollower.uninstall();
			}
			shared.close();
		}
		super.dispose();
	}

	/** The file's load error (FILE:LINE: reason), when the editor shows it instead of the model. */
	public Optional<String> loadProblem() {
		return Optional.ofNullable(loadProblem);
	}

	/** Why the last save failed, until a save succeeds. */
	public Optional<String> saveProblem() {
		return Optional.ofNullable(saveProblem);
	}

	/** The client overview page; null when the file did not load. */
	public ClientOverviewForm overview() {
		return overview;
	}

	/** Shows the client overview page (true) or the model's tree. */
	public void showOverview(boolean shown) {
		pages.setSelection(shown ? 0 : MODEL_PAGE);
	}

	/** The model's tree; null when the file did not load. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The document the editor shares with the file's other editors; null when the file did not load. */
	public ModelDocument document() {
		return shared == null ? null : shared.document();
	}

	/** The model's resource; null when the file did not load. */
	public Resource resource() {
		return shared == null ? null : document().agency().eResource();
	}

	CommandStackAction undoAction() {
		return undoAction;
	}

	CommandStackAction redoAction() {
		return redoAction;
	}

	private ComposedAdapterFactory adapters() {
		return (ComposedAdapterFactory) ((AdapterFactoryEditingDomain) document().domain()).getAdapterFactory();
	}

	private void documentChanged() {
		undoAction.update();
		redoAction.update();
		firePropertyChange(PROP_DIRTY);
	}

	/** Model changes arrive on the display thread: the document's access runs every change there. */
	private void showModelChange(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object element = change.getElement();
		if (change.isContentRefresh()) {
			viewer.refresh(element, change.isLabelUpdate());
		} else if (change.isLabelUpdate()) {
			viewer.update(element, null);
		}
	}

	private void showSaveProblem(String problem) {
		saveProblem = problem;
		if (saveProblemBar != null && !saveProblemBar.isDisposed()) {
			saveProblemBar.setText(problem == null ? "" : problem);
			showInLayout(saveProblemBar, problem != null);
			saveProblemBar.getParent().layout(true);
		}
	}

	private static void showInLayout(Label label, boolean visible) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.exclude = !visible;
		label.setLayoutData(data);
		label.setVisible(visible);
	}
}
