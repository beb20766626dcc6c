package org.socialmap.studio;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the files named on the command line, each in the editor its content type picks, once the
 * workbench window is up. Says so on standard output, so scripts and the product test know the
 * studio got there.
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
					open(window, file);
				}
			}
		});
	}

	private static void open(IWorkbenchWindow window, Path file) {
		try {
			IEditorPart editor = IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(file.toUri()));
			System.out.println("socialmap-studio: opened " + file + " in " + editor.getSite().getId());
		} catch (PartInitException e) {
			ILog.of(OpenFileArguments.class).log(Status.error("Cannot open " + file, e));
		}
	}
}
