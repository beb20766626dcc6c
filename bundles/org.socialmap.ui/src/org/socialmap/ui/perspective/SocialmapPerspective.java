package org.socialmap.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.socialmap.ui.wizards.ExampleProjectWizard;
import org.socialmap.ui.wizards.NewMapWizard;

/** The modeller's layout: files on the left, the model editor in the middle, properties and findings below. */
public final class SocialmapPerspective implements IPerspectiveFactory {

	public static final String ID = "org.socialmap.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.socialmap.ui.perspective.bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		layout.addNewWizardShortcut(NewMapWizard.ID);
		layout.addNewWizardShortcut(ExampleProjectWizard.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
