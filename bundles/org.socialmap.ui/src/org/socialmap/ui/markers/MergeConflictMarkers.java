package org.socialmap.ui.markers;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.socialmap.compare.ConflictList;

/**
 * The conflicts a Git merge left in a model (listed by {@code socialmap merge} in
 * {@code NAME.conflicts} beside it) as warnings on the model file in the Problems view, until the
 * list is deleted.
 */
public final class MergeConflictMarkers {

	public static final String TYPE = "org.socialmap.ui.mergeConflict";

	private MergeConflictMarkers() {
	}

	/** Replaces the file's merge conflict markers with the conflicts its list names now. */
	public static void replace(IFile model) throws CoreException {
		IPath location = model.getLocation();
		List<String> conflicts;
		try {
			conflicts = location == null ? List.of() : ConflictList.read(location.toPath());
		} catch (IOException unreadable) {
			throw new CoreException(Status.error("The merge conflicts of " + model.getName() + " cannot be read: "
					+ unreadable.getMessage(), unreadable));
		}
		String list = model.getName() + ConflictList.SUFFIX;
		IWorkspaceRunnable change = monitor -> {
			model.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (String conflict : conflicts) {
				model.createMarker(TYPE, Map.of(IMarker.MESSAGE, "Merge conflict: " + conflict, IMarker.SEVERITY,
						IMarker.SEVERITY_WARNING, IMarker.LOCATION, list));
			}
		};
		model.getWorkspace().run(change, model, 0, null);
	}

	public static IMarker[] on(IFile model) throws CoreException {
		return model.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
	}
}
