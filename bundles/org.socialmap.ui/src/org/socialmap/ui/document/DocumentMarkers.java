package org.socialmap.ui.document;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.socialmap.document.ModelDocument;
import org.socialmap.ui.markers.FindingMarkers;
import org.socialmap.ui.markers.MergeConflictMarkers;

/**
 * Keeps the markers of an open document's workspace file (or files, through linked folders) on its
 * findings, the ones its diagrams decorate, and on the conflicts its last Git merge left: once as it
 * opens, then once after each burst of changes, whichever editor or diagram made them. One for each
 * document, however many editors it has.
 */
final class DocumentMarkers implements ModelDocument.Listener {

	private final ModelDocument document;
	private final Display display;
	private boolean queued;
	private boolean stopped;

	private DocumentMarkers(ModelDocument document, Display display) {
		this.document = document;
		this.display = display;
	}

	static DocumentMarkers start(ModelDocument document, Display display) {
		DocumentMarkers markers = new DocumentMarkers(document, display);
		document.addListener(markers);
		markers.refresh();
		return markers;
	}

	void stop() {
		stopped = true;
		document.removeListener(this);
	}

	@Override
	public void documentChanged() {
		if (!queued && !stopped) {
			queued = true;
			display.asyncExec(() -> {
				queued = false;
				if (!stopped) {
					refresh();
				}
			});
		}
	}

	private void refresh() {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(document.file().toUri())) {
			try {
				FindingMarkers.replace(file, document.findings());
				MergeConflictMarkers.replace(file);
			} catch (CoreException e) {
				ILog.of(DocumentMarkers.class).log(e.getStatus());
			}
		}
	}
}
