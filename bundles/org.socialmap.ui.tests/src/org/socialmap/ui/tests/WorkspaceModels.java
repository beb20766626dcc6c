package org.socialmap.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.socialmap.tests.common.ExampleModels;
import org.socialmap.ui.editor.SocialmapEditor;

/** Model files in a workspace project of the test workbench, opened the way a user opens them. */
final class WorkspaceModels {

	static final String EXAMPLE = "social-media-in-azienda.socialmap";

	private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("socialmap-ui-tests");

	WorkspaceModels() throws CoreException {
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
	}

	IProject project() {
		return project;
	}

	static byte[] example() {
		return ExampleModels.all().get(EXAMPLE);
	}

	/**
	 * The example without its backup curations: the backup rule finds presences to fix and the
	 * assistant has roles to propose (the example itself is complete).
	 */
	static byte[] exampleWithoutBackups() {
		String text = new String(example(), StandardCharsets.UTF_8);
		String withoutBackups = text.replaceAll("\\s*<curations[^>]*role=\"backup\"[^>]*/>", "");
		if (withoutBackups.equals(text)) {
			throw new IllegalStateException("the example has no backup curations any more");
		}
		return withoutBackups.getBytes(StandardCharsets.UTF_8);
	}

	IFile write(String name, byte[] content) throws CoreException {
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(content), IResource.FORCE, null);
		} else {
			file.create(new ByteArrayInputStream(content), IResource.FORCE, null);
		}
		return file;
	}

	static Path path(IFile file) {
		return file.getLocation().toPath();
	}

	/** Opens the file with the editor the workbench picks for it (by its content type). */
	static SocialmapEditor open(IFile file) throws PartInitException {
		return (SocialmapEditor) IDE.openEditor(page(), file);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	void dispose() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, null);
	}
}
