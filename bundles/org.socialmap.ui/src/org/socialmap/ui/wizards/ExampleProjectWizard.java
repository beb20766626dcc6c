package org.socialmap.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > Example > Socialmap Example: the article's example map as a project, opened in the editor. */
public final class ExampleProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.socialmap.ui.wizards.exampleProject";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage projectPage;
	private IFile example;

	public ExampleProjectWizard() {
		setWindowTitle("Socialmap Example");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		projectPage = new WizardNewProjectCreationPage("project");
		projectPage.setTitle("Socialmap example project");
		projectPage.setDescription("The map of the article \"Social media in azienda\" and the other example models.");
		projectPage.setInitialProjectName("socialmap-example");
	}

	@Override
	public void addPages() {
		addPage(projectPage);
	}

	@Override
	public boolean performFinish() {
		try {
			example = ExampleProject.create(projectPage.getProjectName(),
					projectPage.useDefaults() ? null : projectPage.getLocationPath());
			if (workbench.getActiveWorkbenchWindow() != null) {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), example);
			}
			return true;
		} catch (CoreException e) {
			projectPage.setErrorMessage("The example project was not created: " + e.getStatus().getMessage());
			return false;
		}
	}

	/** The article's example file the last finish created, or null. */
	public IFile exampleFile() {
		return example;
	}
}
