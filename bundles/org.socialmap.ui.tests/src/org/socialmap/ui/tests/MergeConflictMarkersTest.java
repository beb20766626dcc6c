package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.compare.Conflict;
import org.socialmap.compare.ConflictList;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.markers.MergeConflictMarkers;

/** What a Git merge left unsettled shows in the Problems view while its list is beside the model. */
class MergeConflictMarkersTest {

	private WorkspaceModels models;
	private IFile file;

	@BeforeEach
	void writeTheExampleAndTheConflictsOfItsLastMerge() throws Exception {
		models = new WorkspaceModels();
		file = models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.example());
		ConflictList.write(file.getLocation().toPath(), "merge of " + file.getName() + ": 1 conflict, ours kept at each",
				List.of(new Conflict("twitter-account", "Presence 'Twitter account' (client 'Officina Digitale')", "cadence",
						"daily", "weekly")));
	}

	@AfterEach
	void closeEditorsAndDeleteProject() throws CoreException {
		models.dispose();
	}

	@Test
	void openingTheModelMarksEachConflictAndTheMarksGoWithTheList() throws Exception {
		SocialmapEditor editor = WorkspaceModels.open(file);
		assertEquals(List.of("Merge conflict: Presence 'Twitter account' (client 'Officina Digitale'): cadence: ours daily, "
				+ "theirs weekly; kept ours"), messages());
		assertEquals(IMarker.SEVERITY_WARNING, MergeConflictMarkers.on(file)[0].getAttribute(IMarker.SEVERITY, -1));

		ConflictList.delete(file.getLocation().toPath());
		Agency agency = (Agency) editor.resource().getContents().get(0);
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), agency, SocialmapPackage.Literals.MODEL_ELEMENT__NAME, "Settled"));
		while (Display.getCurrent().readAndDispatch()) {
			// the markers are refreshed once the change's events are dispatched
		}

		assertEquals(List.of(), messages());
	}

	private List<String> messages() throws CoreException {
		return Arrays.stream(MergeConflictMarkers.on(file)).map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
	}
}
