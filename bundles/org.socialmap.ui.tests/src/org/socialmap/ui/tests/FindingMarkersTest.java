package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.markers.FindingMarkers;
import org.socialmap.ui.markers.ModelFindings;

/** The rules' findings as markers on the model file, and their quick fixes as marker resolutions. */
class FindingMarkersTest {

	static final String VALIDATE = "org.socialmap.ui.validate";

	private WorkspaceModels models;
	private IFile file;

	@BeforeEach
	void writeExample() throws CoreException {
		models = new WorkspaceModels();
		file = models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.exampleWithoutBackups());
	}

	@AfterEach
	void closeEditorsAndDeleteProject() throws CoreException {
		models.dispose();
	}

	@Test
	void validateMarksEachFindingWithItsRuleSeverityAndElementName() throws Exception {
		SocialmapEditor editor = WorkspaceModels.open(file);
		assertEquals(ModelFindings.of(editor).size(), FindingMarkers.on(file).length, "opening marks the findings");
		file.deleteMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO);

		runCommand(editor, VALIDATE);

		IMarker[] markers = FindingMarkers.on(file);
		assertEquals(ModelFindings.of(editor).size(), markers.length);
		assertTrue(markers.length > 0, "the example breaks some rules");
		for (IMarker marker : markers) {
			assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
			assertTrue(marker.getAttribute(FindingMarkers.RULE_ID, "").startsWith("socialmap."), ruleOf(marker));
			assertFalse(marker.getAttribute(IMarker.MESSAGE, "").isBlank());
			assertNotEquals(-1, marker.getAttribute(IMarker.SEVERITY, -1));
			assertEquals(marker.getAttribute(FindingMarkers.ELEMENT_NAME, ""), marker.getAttribute(IMarker.LOCATION, ""));
		}
		assertTrue(Arrays.stream(markers).anyMatch(marker -> !marker.getAttribute(FindingMarkers.ELEMENT_ID, "").isEmpty()));
		assertTrue(Arrays.stream(markers).filter(marker -> ruleOf(marker).equals("socialmap.no-backup"))
				.allMatch(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING), "a warning stays a warning");

		runCommand(editor, VALIDATE);
		assertEquals(markers.length, FindingMarkers.on(file).length, "validating again replaces the markers");
	}

	/**
	 * From the model file selected in the Project Explorer (as its context menu runs it): the
	 * handler is active for the file's content type, and the file's editor opens and validates.
	 */
	@Test
	void validateOnAModelFileSelectedInTheProjectExplorerOpensItsEditorAndMarksTheFile() throws Exception {
		IViewPart explorer = WorkspaceModels.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));

		explorer.getSite().getService(IHandlerService.class).executeCommand(VALIDATE, null);

		assertTrue(WorkspaceModels.page().getActiveEditor() instanceof SocialmapEditor);
		assertTrue(FindingMarkers.on(file).length > 0);
	}

	@Test
	void savingRefreshesTheMarkers() throws Exception {
		SocialmapEditor editor = WorkspaceModels.open(file);
		Agency agency = (Agency) editor.resource().getContents().get(0);
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), agency, SocialmapPackage.Literals.MODEL_ELEMENT__NAME, "Saved"));

		WorkspaceModels.page().saveEditor(editor, false);

		assertEquals(ModelFindings.of(editor).size(), FindingMarkers.on(file).length);
	}

	/**
	 * The resolution opens the editor the marker's file needs (it was closed), applies the fix on its
	 * stack, and the finding is gone; the workbench's Undo brings it back.
	 */
	@Test
	void aQuickFixResolutionRemovesItsFindingAndUndoBringsItBack() throws Exception {
		runCommand(WorkspaceModels.open(file), VALIDATE);
		IMarker marker = Arrays.stream(FindingMarkers.on(file))
				.filter(candidate -> IDE.getMarkerHelpRegistry().hasResolutions(candidate)).findFirst()
				.orElseThrow(() -> new AssertionError("no finding has a quick fix"));
		String finding = findingKey(marker);
		IMarkerResolution resolution = IDE.getMarkerHelpRegistry().getResolutions(marker)[0];
		WorkspaceModels.page().closeAllEditors(false);

		resolution.run(marker);

		SocialmapEditor editor = (SocialmapEditor) WorkspaceModels.page().getActiveEditor();
		assertTrue(editor.isDirty());
		assertEquals(resolution.getLabel(), editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		runCommand(editor, VALIDATE);
		assertFalse(findingKeys().contains(finding), finding + " is fixed");

		runCommand(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		runCommand(editor, VALIDATE);
		assertTrue(findingKeys().contains(finding), finding + " is back after the undo");
		assertFalse(editor.isDirty());
	}

	private Set<String> findingKeys() throws CoreException {
		return Arrays.stream(FindingMarkers.on(file)).map(FindingMarkersTest::findingKey).collect(Collectors.toSet());
	}

	private static String findingKey(IMarker marker) {
		return ruleOf(marker) + " on " + marker.getAttribute(FindingMarkers.ELEMENT_ID, "");
	}

	private static String ruleOf(IMarker marker) {
		return marker.getAttribute(FindingMarkers.RULE_ID, "");
	}

	/** As a menu, a toolbar button or a key binding runs it. */
	static void runCommand(SocialmapEditor editor, String commandId) throws CommandException {
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}
}
