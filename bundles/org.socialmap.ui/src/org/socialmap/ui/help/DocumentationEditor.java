package org.socialmap.ui.help;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The documentation's HTML pages in an SWT Browser inside the workbench: the target has no help
 * system web app and no internal web browser, and an external browser would leave the studio.
 */
public final class DocumentationEditor extends EditorPart {

	public static final String ID = "org.socialmap.ui.documentation";

	private Browser browser;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentationInput)) {
			throw new PartInitException("The documentation viewer shows the Socialmap documentation only, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		browser.setUrl(((DocumentationInput) getEditorInput()).url());
	}

	/** The browser showing the pages: tests read the page through it. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: the pages are read only
	}

	@Override
	public void doSaveAs() {
		// nothing to save: the pages are read only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
