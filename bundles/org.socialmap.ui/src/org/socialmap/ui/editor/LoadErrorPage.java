package org.socialmap.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * What the editor shows instead of the model when the file does not load: the loader's message
 * (FILE:LINE: reason), selectable so it can be copied, and what to do next.
 */
final class LoadErrorPage {

	private LoadErrorPage() {
	}

	static Composite create(Composite parent, String problem) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.NONE);
		title.setFont(JFaceResources.getBannerFont());
		title.setText("This file could not be opened as a Socialmap model");
		Text message = new Text(page, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		message.setText(problem);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label hint = new Label(page, SWT.WRAP);
		hint.setText("The file was not changed. Correct it in a text editor, then open it again.");
		return page;
	}
}
