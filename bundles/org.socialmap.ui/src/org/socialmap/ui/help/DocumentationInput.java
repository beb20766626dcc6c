package org.socialmap.ui.help;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A page of the documentation, by its address; the same page is one editor. */
record DocumentationInput(String url) implements IEditorInput {

	@Override
	public boolean exists() {
		return false; // the pages come from the installed plug-in, not from a file to reopen
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null; // the editor's own (none): a page has no picture of its own
	}

	@Override
	public String getName() {
		return OpenDocumentationHandler.TITLE;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return url;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
