package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.wizards.ExampleProject;
import org.socialmap.ui.wizards.ExampleProjectWizard;
import org.socialmap.ui.wizards.NewMapWizard;

/** The New wizards as a user runs them: the dialog open, its fields filled, Finish. */
class WizardsTest {

	private WorkspaceModels workspace;
	private WizardDialog dialog;

	@AfterEach
	void closeEverything() throws CoreException {
		if (dialog != null) {
			dialog.close();
		}
		if (workspace != null) {
			workspace.dispose();
		}
		IProject example = ResourcesPlugin.getWorkspace().getRoot().getProject("socialmap-example");
		if (example.exists()) {
			example.delete(true, null);
		}
	}

	@Test
	void newMapWritesTheAgencyClientModelAndTeamAndOpensIt() throws Exception {
		workspace = new WorkspaceModels();
		NewMapWizard wizard = new NewMapWizard();
		open(wizard, new StructuredSelection(workspace.project()));

		Widgets.fieldAfter(dialog.getShell(), "Agency:", Text.class).setText("Rete Agency");
		Widgets.fieldAfter(dialog.getShell(), "First client:", Text.class).setText("Officina Digitale");
		Widgets.fieldAfter(dialog.getShell(), "Starter team (one name a line):", Text.class).setText("Chiara\nLuca\n");
		Combo models = Widgets.fieldAfter(dialog.getShell(), "Organisation model:", Combo.class);
		List<OrganisationModel> installed = List.copyOf(Catalogs.registry().organisationModels());
		assertFalse(installed.isEmpty(), "the built-in catalog defines organisation models");
		OrganisationModel chosen = installed.get(installed.size() - 1);
		models.select(models.indexOf(chosen.name()));
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());

		IFile file = wizard.createdFile();
		assertTrue(file.exists(), "the workspace knows the new file");
		Agency agency = SocialmapFiles.load(WorkspaceModels.path(file));
		ClientCompany client = agency.getClients().get(0);
		assertEquals("Rete Agency", agency.getName());
		assertEquals(chosen.id(), client.getOrganisationModel());
		assertEquals(2, client.getTeams().get(0).getMembers().size());
		assertInstanceOf(SocialmapEditor.class, WorkspaceModels.page().getActiveEditor());
	}

	@Test
	void newMapCannotFinishWithoutAgencyAndClient() throws Exception {
		workspace = new WorkspaceModels();
		NewMapWizard wizard = new NewMapWizard();
		open(wizard, new StructuredSelection(workspace.project()));

		Widgets.fieldAfter(dialog.getShell(), "Agency:", Text.class).setText("Rete Agency");

		assertFalse(wizard.canFinish());
	}

	@Test
	void exampleProjectHoldsTheArticlesExampleAndOpensIt() throws Exception {
		ExampleProjectWizard wizard = new ExampleProjectWizard();
		open(wizard, StructuredSelection.EMPTY);

		assertTrue(wizard.performFinish());

		IFile example = wizard.exampleFile();
		assertEquals(ExampleProject.ARTICLE_EXAMPLE, example.getName());
		assertEquals("Rete Agency", SocialmapFiles.load(WorkspaceModels.path(example)).getName());
		assertEquals(example.getName(), WorkspaceModels.page().getActiveEditor().getEditorInput().getName());
	}

	@Test
	void exampleProjectRefusesAnExistingProject() throws Exception {
		ExampleProject.create("socialmap-example", null);
		ExampleProjectWizard wizard = new ExampleProjectWizard();
		open(wizard, StructuredSelection.EMPTY);

		assertFalse(wizard.canFinish(), "the project page says the project exists");
		assertThrows(CoreException.class, () -> ExampleProject.create("socialmap-example", null));
	}

	private void open(INewWizard wizard, StructuredSelection selection) {
		wizard.init(PlatformUI.getWorkbench(), selection);
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (IWizard) wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}
}
