package org.socialmap.ui.help;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;

/**
 * Help > Socialmap Documentation: opens the index of the documentation's HTML pages, which
 * org.socialmap.doc carries (made from the Markdown at build time), in the workbench.
 */
public final class OpenDocumentationHandler extends AbstractHandler {

	static final String TITLE = "Socialmap Documentation";
	private static final String DOC_BUNDLE = "org.socialmap.doc";
	private static final String PAGES = "html/";
	private static final String INDEX = "README.html";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Bundle docs = Platform.getBundle(DOC_BUNDLE);
		URL pages = docs == null ? null : docs.getEntry(PAGES);
		if (pages == null) {
			MessageDialog.openError(window.getShell(), TITLE,
					"The documentation is not installed: the plug-in " + DOC_BUNDLE + " with its pages is missing.");
			return null;
		}
		try {
			// The pages link to each other: the whole folder is unpacked (once) when the plug-in is a
			// jar. FileLocator gives the folder as a file URL that is not encoded, so its path is taken as is.
			File folder = new File(FileLocator.toFileURL(pages).getPath());
			String index = new File(folder, INDEX).toURI().toString();
			window.getActivePage().openEditor(new DocumentationInput(index), DocumentationEditor.ID);
		} catch (IOException e) {
			ILog.of(getClass()).error("Unpacking " + DOC_BUNDLE + "/" + PAGES, e);
			MessageDialog.openError(window.getShell(), TITLE, "The documentation pages could not be unpacked from the plug-in "
					+ DOC_BUNDLE + " into Eclipse's configuration folder; is it read-only, or the disk full?");
		} catch (PartInitException e) {
			throw new ExecutionException("The documentation viewer did not open", e);
		}
		return null;
	}
}
