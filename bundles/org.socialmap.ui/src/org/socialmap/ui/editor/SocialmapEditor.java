package org.socialmap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.ui.markers.EditorMarkers;
import org.socialmap.ui.properties.ItemPropertySourceProvider;
import org.socialmap.ui.viewers.ItemProviderContentProvider;
import org.socialmap.ui.viewers.ItemProviderLabelProvider;

/**
 * The editor of a {@code .socialmap} file: the model as a tree, its properties in the Properties
 * view. Every change is a command on the one editing domain of the file
 * ({@link SocialmapEditing#createDomain}), so the workbench's Undo and Redo, the dirty state and
 * save all follow its command stack. A file that does not load shows the loader's message instead,
 * and is never written.
 */
public class SocialmapEditor extends EditorPart implements IEditingDomainProvider {

	private Path file;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private String loadProblem;
	private String saveProblem;

	private TreeViewer viewer;
	private Label saveProblemBar;
	private CommandStackAction undoAction;
	private CommandStackAction redoAction;
	private final INotifyChangedListener modelChanges = this::showModelChange;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		file = EditorFiles.localFile(input);
		domain = SocialmapEditing.createDomain(SocialmapFiles.newResourceSet());
		// Item property descriptors look the domain up from the resource set; without this they
		// would set values directly, past the command stack, and nothing could be undone.
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		try {
			resource = SocialmapFiles.load(domain.getResourceSet(), file).eResource();
		} catch (SocialmapFileException e) {
			loadProblem = e.getMessage();
		}
		undoAction = CommandStackAction.undo(domain.getCommandStack());
		redoAction = CommandStackAction.redo(domain.getCommandStack());
		domain.getCommandStack().addCommandStackListener(this::commandStackChanged);
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadProblem != null) {
			LoadErrorPage.create(parent, loadProblem);
			return;
		}
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		page.setLayout(layout);
		saveProblemBar = new Label(page, SWT.WRAP);
		saveProblemBar.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		showInLayout(saveProblemBar, false);

		ComposedAdapterFactory adapters = (ComposedAdapterFactory) domain.getAdapterFactory();
		viewer = new TreeViewer(page, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new ItemProviderContentProvider(adapters));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapters));
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		adapters.addListener(modelChanges);
		getSite().setSelectionProvider(viewer);
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/**
	 * Saves through the model's resource: atomic, and refused when another program changed the file
	 * since it was read. A failed save leaves the file as it was and the editor dirty, and says why
	 * above the tree.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null) {
			return;
		}
		try {
			resource.save(null);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			showSaveProblem(null);
			EditorFiles.refreshWorkspaceCopy(getEditorInput());
			EditorMarkers.refresh(this);
		} catch (IOException e) {
			showSaveProblem("Not saved: " + e.getMessage());
			monitor.setCanceled(true);
		} catch (CoreException e) {
			// the file is saved; only the workspace's view of it or its markers stay stale until the next refresh
			Platform.getLog(SocialmapEditor.class).log(e.getStatus());
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
		return domain;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class && loadProblem == null) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new ItemPropertySourceProvider(domain.getAdapterFactory()));
			return type.cast(page);
		}
		if (type == EditingDomain.class) {
			return type.cast(domain);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (domain != null) {
			ComposedAdapterFactory adapters = (ComposedAdapterFactory) domain.getAdapterFactory();
			adapters.removeListener(modelChanges);
			adapters.dispose();
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

	/** The model's tree; null when the file did not load. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The model's resource; null when the file did not load. */
	public Resource resource() {
		return resource;
	}

	CommandStackAction undoAction() {
		return undoAction;
	}

	CommandStackAction redoAction() {
		return redoAction;
	}

	private void commandStackChanged(EventObject event) {
		inDisplayThread(() -> {
			undoAction.update();
			redoAction.update();
			firePropertyChange(PROP_DIRTY);
		});
	}

	private void showModelChange(Notification notification) {
		if (!(notification instanceof IViewerNotification change)) {
			return;
		}
		inDisplayThread(() -> {
			if (viewer == null || viewer.getControl().isDisposed()) {
				return;
			}
			Object element = change.getElement();
			if (change.isContentRefresh()) {
				viewer.refresh(element, change.isLabelUpdate());
			} else if (change.isLabelUpdate()) {
				viewer.update(element, null);
			}
		});
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

	/** Commands may run on any thread (a job, the assistant); widgets change only on the display's. */
	private void inDisplayThread(Runnable change) {
		Display display = getSite().getShell().getDisplay();
		if (Display.getCurrent() == display) {
			change.run();
		} else {
			display.asyncExec(change);
		}
	}
}
