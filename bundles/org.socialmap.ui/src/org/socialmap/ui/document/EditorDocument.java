package org.socialmap.ui.document;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.ui.properties.PropertySheets;

/**
 * One editor's hold on the shared document of its file ({@link SharedDocuments}): it tells the
 * editor of every change to the document, whichever editor or diagram made it, and saves for all
 * of them.
 */
public final class EditorDocument implements ModelDocument.Listener {

	private final ModelDocument document;
	private final Optional<IFile> workspaceFile;
	private final Runnable onChange;
	private final Display display;
	private boolean closed;

	private EditorDocument(ModelDocument document, Optional<IFile> workspaceFile, Runnable onChange) {
		this.document = document;
		this.workspaceFile = workspaceFile;
		this.onChange = onChange;
		this.display = Display.getCurrent();
		document.addListener(this);
	}

	/**
	 * Joins the editors of the input's file, reading it when none has it open; {@code onChange} runs
	 * on the display thread after each change to the document (a command, an undo, a save).
	 *
	 * @throws PartInitException      when the input is not a local file
	 * @throws SocialmapFileException when the file cannot be read as a model
	 */
	public static EditorDocument open(IEditorInput input, Runnable onChange) throws PartInitException, SocialmapFileException {
		Optional<IFile> workspaceFile = input instanceof IFileEditorInput fileInput ? Optional.of(fileInput.getFile()) : Optional.empty();
		return new EditorDocument(SharedDocuments.acquire(EditorFiles.localFile(input)), workspaceFile, onChange);
	}

	public ModelDocument document() {
		return document;
	}

	public boolean isDirty() {
		return document.isDirty();
	}

	/**
	 * What every editor of the document adapts to: the document, its editing domain, and a page of the
	 * Properties view over the edit bundle's property descriptors; null for any other type.
	 */
	public <T> T adapter(Class<T> type) {
		if (type == ModelDocument.class) {
			return type.cast(document);
		}
		if (type == EditingDomain.class) {
			return type.cast(document.domain());
		}
		if (type == IPropertySheetPage.class) {
			return type.cast(PropertySheets.of(((AdapterFactoryEditingDomain) document.domain()).getAdapterFactory()));
		}
		return null;
	}

	/**
	 * Saves the model and its layout, for every editor of the file; the workspace is told the files
	 * changed (they are written past it, atomically).
	 *
	 * @return why the model, or only its layout, was not saved; empty when both were
	 */
	public Optional<String> save() {
		Optional<String> problem;
		try {
			problem = document.save(null).map(layout -> "The model was saved, but not its layout: " + layout.getMessage());
		} catch (IOException notSaved) {
			problem = Optional.of("Not saved: " + notSaved.getMessage());
		}
		workspaceFile.ifPresent(file -> refreshLocal(file.getParent()));
		return problem;
	}

	/** Leaves the document; the last editor to leave drops it. */
	public void close() {
		closed = true;
		document.removeListener(this);
		SharedDocuments.release(document);
	}

	/** Tells the editor at once: its dirty flag and Undo label must be right when the next command asks. */
	@Override
	public void documentChanged() {
		if (closed) {
			return;
		}
		if (Display.getCurrent() == display) {
			onChange.run();
		} else {
			display.asyncExec(() -> {
				if (!closed) {
					onChange.run();
				}
			});
		}
	}

	private static void refreshLocal(IResource folder) {
		try {
			folder.refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			// the files are saved; only the workspace's view of them stays stale until the next refresh
			ILog.of(EditorDocument.class).log(e.getStatus());
		}
	}
}
