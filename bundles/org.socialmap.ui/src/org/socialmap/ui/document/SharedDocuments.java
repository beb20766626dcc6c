package org.socialmap.ui.document;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.io.SocialmapFileException;

/**
 * The model files open in the workbench, each read once and shared by every editor on it (the
 * tree and the diagrams): one model, one command stack, one dirty state, one save. A file's
 * document is dropped, unsaved changes and all, when its last editor closes (the workbench has
 * asked about them by then). While open, its file's markers follow it ({@link DocumentMarkers}).
 * Used on the display thread only.
 */
public final class SharedDocuments {

	private static final Map<Path, Shared> OPEN = new HashMap<>();

	private static final class Shared {
		final ModelDocument document;
		final DocumentMarkers markers;
		int users;

		Shared(ModelDocument document, DocumentMarkers markers) {
			this.document = document;
			this.markers = markers;
		}
	}

	private SharedDocuments() {
	}

	/** The file's document, read now when no editor has it open; release it when done. */
	public static ModelDocument acquire(Path file) throws SocialmapFileException {
		Path key = key(file);
		Shared shared = OPEN.get(key);
		if (shared == null) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			ModelDocument document = ModelDocument.open(key, ModelServices.installed(), new DisplayAccess(display));
			shared = new Shared(document, DocumentMarkers.start(document, display));
			OPEN.put(key, shared);
		}
		shared.users++;
		return shared.document;
	}

	public static void release(ModelDocument document) {
		Path key = key(document.file());
		Shared shared = OPEN.get(key);
		if (shared != null && shared.document == document && --shared.users == 0) {
			shared.markers.stop();
			OPEN.remove(key);
		}
	}

	private static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
