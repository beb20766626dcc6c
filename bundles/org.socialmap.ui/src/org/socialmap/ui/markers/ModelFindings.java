package org.socialmap.ui.markers;

import java.util.List;

import org.socialmap.rules.Finding;
import org.socialmap.ui.editor.SocialmapEditor;

/** The rules' findings on an editor's model, as the command line's {@code validate} finds them. */
public final class ModelFindings {

	private ModelFindings() {
	}

	/**
	 * The findings on the editor's model (in memory, saved or not), the ones its diagrams decorate;
	 * none when the file did not load.
	 */
	public static List<Finding> of(SocialmapEditor editor) {
		return editor.document() == null ? List.of() : editor.document().findings();
	}
}
