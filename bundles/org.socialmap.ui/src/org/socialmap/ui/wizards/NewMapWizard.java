package org.socialmap.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFiles;

/** File > New > Socialmap Map: a new {@code .socialmap} file for an agency, its first client and a starter team. */
public final class NewMapWizard extends Wizard implements INewWizard {

	public static final String ID = "org.socialmap.ui.wizards.newMap";

	private IWorkbench workbench;
	private WizardNewFileCreationPage filePage;
	private NewMapDetailsPage detailsPage;
	private IFile created;

	public NewMapWizard() {
		setWindowTitle("New Socialmap Map");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		filePage = new WizardNewFileCreationPage("file", selection);
		filePage.setTitle("Socialmap map file");
		filePage.setDescription("Where the new map is saved.");
		filePage.setFileExtension("socialmap");
		filePage.setFileName("map.socialmap");
		detailsPage = new NewMapDetailsPage(new ArrayList<>(Catalogs.registry().organisationModels()));
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(detailsPage);
	}

	/** Written by the model's own save (atomic, never over an existing file), then opened in the editor. */
	@Override
	public boolean performFinish() {
		IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
		try {
			write(detailsPage.starterMap().build(), file.getLocation().toPath());
			IContainer container = file.getParent();
			container.refreshLocal(IResource.DEPTH_ONE, null);
			created = file;
			if (workbench.getActiveWorkbenchWindow() != null) {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			}
			return true;
		} catch (IOException | CoreException e) {
			detailsPage.setErrorMessage("The map was not written: " + e.getMessage());
			return false;
		}
	}

	private static void write(Agency agency, Path file) throws IOException {
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(agency);
		resource.save(null);
	}

	/** The file the last finish wrote, or null. */
	public IFile createdFile() {
		return created;
	}
}
