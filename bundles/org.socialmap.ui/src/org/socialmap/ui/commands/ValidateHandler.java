package org.socialmap.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.socialmap.ui.markers.EditorMarkers;

/** Validate: checks the model's rules and replaces its file's markers with the findings. */
public final class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			EditorMarkers.refresh(TargetEditor.of(event));
		} catch (CoreException e) {
			throw new ExecutionException("Markers not written: " + e.getMessage(), e);
		}
		return null;
	}
}
