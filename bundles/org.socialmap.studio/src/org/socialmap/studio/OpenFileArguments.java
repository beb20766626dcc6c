package org.socialmap.studio;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.socialmap.diagram.ui.DiagramEditor;
import org.socialmap.document.ModelDocument;

/**
 * Opens the files named on the command line once the workbench window is up: each in the editor
 * its content type picks (the tree editor for a model), and a model's map beside it, in front.
 * Says so on standard output with how long each took, so scripts, the product test and the start
 * benchmark know the studio got there.
 */
public final class OpenFileArguments implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			for (String argument : Platform.getApplicationArgs()) {
				Path file = Path.of(argument).toAbsolutePath().normalize();
				if (window != null && !argument.startsWith("-") && Files.isRegularFile(file)) {
					open(window.getActivePage(), file);
				}
			}
		});
	}

	private static void open(IWorkbenchPage page, Path file) {
		try {
			long start = System.nanoTime();
			IEditorPart editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
			System.out.println("socialmap-studio: opened " + file + " in " + editor.getSite().getId() + " (" + millisSince(start) + " ms)");
			if (Adapters.adapt(editor, ModelDocument.class) != null) {
				openMap(page, editor.getEditorInput(), file);
			}
		} catch (PartInitException e) {
			ILog.of(OpenFileArguments.class).log(Status.error("Cannot open " + file, e));
		}
	}

	private static void openMap(IWorkbenchPage page, IEditorInput input, Path file) throws PartInitException {
		long start = System.nanoTime();
		// matching the input alone would give back the tree editor just opened
		DiagramEditor map = (DiagramEditor) page.openEditor(input, DiagramEditor.ID, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		map.firstDrawing().whenComplete((drawn, failure) -> {
			if (failure == null) {
				System.out.println("socialmap-studio: drew the map of " + file + " (" + millisSince(start) + " ms)");
				System.out.println("socialmap-studio: steps of drawing the map: " + map.openingTimes());
			} else {
				ILog.of(OpenFileArguments.class).log(Status.error("The map of " + file + " was not drawn", failure));
			}
		});
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
