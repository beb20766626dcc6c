package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.assignment.Proposal;
import org.socialmap.model.Agency;
import org.socialmap.ui.assistant.CuratorSuggestions;
import org.socialmap.ui.assistant.ProposalsDialog;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.report.ModelReport;

/** Suggest Curators and Generate Report on the example model. */
class ModelCommandsTest {

	private WorkspaceModels models;
	private IFile file;
	private SocialmapEditor editor;

	@BeforeEach
	void openExample() throws CoreException {
		models = new WorkspaceModels();
		file = models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.exampleWithoutBackups());
		editor = WorkspaceModels.open(file);
	}

	@AfterEach
	void closeEditorsAndDeleteProject() throws CoreException {
		models.dispose();
	}

	@Test
	void allProposalsKeptAreOneCommandThatOneUndoTakesBack() throws Exception {
		CuratorSuggestions suggestions = CuratorSuggestions.propose(agency());
		List<Proposal> all = suggestions.proposals();
		assertFalse(all.isEmpty(), "presences without a backup");
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		stack.execute(suggestions.command(editor.getEditingDomain(), all));
		WorkspaceModels.page().saveEditor(editor, false);
		assertFalse(Arrays.equals(WorkspaceModels.exampleWithoutBackups(), Files.readAllBytes(WorkspaceModels.path(file))), "the proposals were saved");
		assertTrue(all.stream().allMatch(proposal -> proposal.presence().getCurations().stream()
				.anyMatch(curation -> curation.getMember() == proposal.member() && curation.getRole() == proposal.role())));

		FindingMarkersTest.runCommand(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		assertFalse(stack.canUndo(), "one undo took every proposal back");
		WorkspaceModels.page().saveEditor(editor, false);
		assertArrayEquals(WorkspaceModels.exampleWithoutBackups(), Files.readAllBytes(WorkspaceModels.path(file)));
	}

	/**
	 * The command as the menu runs it: its dialog is modal, so OK is pressed from a runnable that the
	 * dialog's own event loop runs once the dialog is open.
	 */
	@Test
	void suggestCuratorsAppliesTheProposalsKeptInItsDialogAsOneUndoableCommand() throws Exception {
		int proposals = CuratorSuggestions.propose(agency()).proposals().size();
		Display display = editor.getSite().getShell().getDisplay();
		display.asyncExec(() -> Widgets.button(Widgets.shell(display, "Suggest Curators"), "OK").notifyListeners(SWT.Selection, null));

		FindingMarkersTest.runCommand(editor, "org.socialmap.ui.suggestCurators");

		CommandStack stack = editor.getEditingDomain().getCommandStack();
		assertEquals("Apply " + proposals + " curator proposals", stack.getUndoCommand().getLabel());
		assertTrue(editor.isDirty());
		FindingMarkersTest.runCommand(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		assertFalse(editor.isDirty());
	}

	/** The dialog shows every proposal checked; what the user unchecks is left out. */
	@Test
	void theDialogKeepsTheCheckedProposals() {
		CuratorSuggestions suggestions = CuratorSuggestions.propose(agency());
		ProposalsDialog dialog = new ProposalsDialog(editor.getSite().getShell(), suggestions);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Object first = dialog.table().getElementAt(0);
		assertEquals(suggestions.proposals().size(), dialog.table().getCheckedElements().length);

		dialog.table().setChecked(first, false);
		Button ok = Widgets.button(dialog.getShell(), "OK");
		ok.notifyListeners(SWT.Selection, null);

		assertEquals(suggestions.proposals().stream().filter(proposal -> proposal != first).toList(), dialog.kept());
	}

	@Test
	void theReportIsWrittenBesideTheModel() throws Exception {
		IFile report = ModelReport.write(agency(), file);

		assertEquals(file.getParent().getFile(IPath.fromOSString("social-media-in-azienda.html")), report);
		assertTrue(report.exists());
		String html = Files.readString(WorkspaceModels.path(report), StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains(agency().getName()), "the report names the agency");
	}

	private Agency agency() {
		return (Agency) editor.resource().getContents().get(0);
	}
}
