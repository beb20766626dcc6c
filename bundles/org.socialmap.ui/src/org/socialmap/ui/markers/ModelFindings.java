package org.socialmap.ui.markers;

import java.util.List;

import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;
import org.socialmap.ui.editor.SocialmapEditor;

/** The rules' findings on an editor's model, as the command line's {@code validate} finds them. */
public final class ModelFindings {

	private ModelFindings() {
	}

	/** The findings on the editor's model (in memory, saved or not); none when the file did not load. */
	public static List<Finding> of(SocialmapEditor editor) {
		if (editor.resource() == null || editor.resource().getContents().isEmpty()) {
			return List.of();
		}
		Agency agency = (Agency) editor.resource().getContents().get(0);
		return Validation.validate(agency, Catalogs.registry(), RuleSettings.defaults(), Rules.installed());
	}
}
