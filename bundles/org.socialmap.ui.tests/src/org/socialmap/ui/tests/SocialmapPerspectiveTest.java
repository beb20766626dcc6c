package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.socialmap.ui.perspective.SocialmapPerspective;

class SocialmapPerspectiveTest {

	@Test
	void showsTheFilesThePropertiesAndTheProblems() throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SocialmapPerspective.ID, window);

		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER));
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET));
		assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW));
	}
}
