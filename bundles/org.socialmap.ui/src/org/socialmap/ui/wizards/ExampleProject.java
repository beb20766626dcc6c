package org.socialmap.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/** A workspace project holding the example models that org.socialmap.examples ships, the article's among them. */
public final class ExampleProject {

	/** The article's example map ("Social media in azienda"), the file the wizard opens. */
	public static final String ARTICLE_EXAMPLE = "social-media-in-azienda.socialmap";

	private static final String EXAMPLES_BUNDLE = "org.socialmap.examples";

	private ExampleProject() {
	}

	/**
	 * Creates and opens the project ({@code location} null for the default one in the workspace)
	 * with every example model, in one workspace operation; returns the article's example file.
	 */
	public static IFile create(String name, IPath location) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error("A project named " + name + " already exists"));
		}
		Bundle examples = Platform.getBundle(EXAMPLES_BUNDLE);
		if (examples == null) {
			throw new CoreException(Status.error(EXAMPLES_BUNDLE + " is not installed"));
		}
		workspace.run(monitor -> {
			IProjectDescription description = workspace.newProjectDescription(name);
			description.setLocation(location);
			project.create(description, monitor);
			project.open(monitor);
			for (URL model : Collections.list(examples.findEntries("models", "*.socialmap", false))) {
				copy(model, project.getFile(model.getPath().substring(model.getPath().lastIndexOf('/') + 1)));
			}
		}, null);
		return project.getFile(ARTICLE_EXAMPLE);
	}

	private static void copy(URL model, IFile file) throws CoreException {
		try (InputStream in = model.openStream()) {
			file.create(in, IResource.NONE, null);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read the example " + model, e));
		}
	}
}
