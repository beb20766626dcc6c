package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.properties.ItemPropertySourceProvider;

/** The .socialmap editor in a running IDE workbench, driven through the workbench API. */
class SocialmapEditorTest {

	private static final String SOCIALMAP_CONTENT_TYPE = "org.socialmap.ui.model";

	private WorkspaceModels models;

	@BeforeEach
	void createProject() throws CoreException {
		models = new WorkspaceModels();
	}

	@AfterEach
	void closeEditorsAndDeleteProject() throws CoreException {
		models.dispose();
	}

	/**
	 * The describer confirms a model by its root's namespace. Eclipse's XML describers answer
	 * "indeterminate", not "invalid", for another namespace, so a file named *.socialmap in another
	 * namespace still opens in this editor, on the error page.
	 */
	@Test
	void theContentTypeRecognisesAModelByItsNamespace() throws Exception {
		IFile model = models.write("model.socialmap", WorkspaceModels.example());
		byte[] otherXml = "<?xml version=\"1.0\"?>\n<x:Agency xmlns:x=\"http://example.org/other\"/>\n"
				.getBytes(StandardCharsets.UTF_8);
		IContentType socialmap = Platform.getContentTypeManager().getContentType(SOCIALMAP_CONTENT_TYPE);

		assertEquals(SOCIALMAP_CONTENT_TYPE, model.getContentDescription().getContentType().getId());
		assertNotNull(socialmap.getDescriptionFor(new ByteArrayInputStream(WorkspaceModels.example()), IContentDescription.ALL));
		assertTrue(WorkspaceModels.open(models.write("other.socialmap", otherXml)).loadProblem().isPresent());
	}

	/** The Overview page is a page of the same editor: its edits are commands the workbench undoes. */
	@Test
	void theOverviewPageEditsTheClientThroughTheEditorsStack() throws Exception {
		SocialmapEditor editor = WorkspaceModels.open(models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.example()));
		editor.showOverview(true);
		ClientCompany client = editor.overview().getClient();
		String before = client.getCoreBusiness();
		Text coreBusiness = Widgets.fieldAfter(editor.overview().getControl(), "Core business:", Text.class);

		coreBusiness.setText("Training");
		coreBusiness.notifyListeners(SWT.DefaultSelection, new Event());

		assertEquals("Training", client.getCoreBusiness());
		assertTrue(editor.isDirty());
		runWorkbenchCommand(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, client.getCoreBusiness());
		assertEquals(before, coreBusiness.getText());
		assertFalse(editor.isDirty());
	}

	@Test
	void theTreeShowsTheAgencyItsClientsAndTheirPresencesWithTheirLabels() throws Exception {
		SocialmapEditor editor = WorkspaceModels.open(models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.example()));
		Agency agency = agency(editor);
		editor.viewer().expandAll();

		Tree tree = editor.viewer().getTree();
		assertEquals(1, tree.getItemCount());
		TreeItem agencyItem = tree.getItem(0);
		assertEquals(label(editor, agency), agencyItem.getText());
		assertNotNull(agencyItem.getImage(), "the agency's icon");
		assertFalse(agency.getClients().isEmpty());
		for (ClientCompany client : agency.getClients()) {
			TreeItem clientItem = child(agencyItem, label(editor, client));
			assertNotNull(clientItem.getImage(), "the icon of " + client.getName());
			assertFalse(client.getPresences().isEmpty());
			for (Presence presence : client.getPresences()) {
				child(clientItem, label(editor, presence));
			}
		}
	}

	@Test
	void aPropertyChangeIsOneCommandThatTheWorkbenchUndoesAndRedoes() throws Exception {
		SocialmapEditor editor = WorkspaceModels.open(models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.example()));
		Agency agency = agency(editor);
		String name = agency.getName();

		setProperty(editor, agency, "Name", "Renamed Agency");

		assertEquals("Renamed Agency", agency.getName());
		assertTrue(editor.isDirty());
		assertEquals(label(editor, agency), editor.viewer().getTree().getItem(0).getText());
		assertTrue(editor.viewer().getTree().getItem(0).getText().contains("Renamed Agency"));

		runWorkbenchCommand(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(name, agency.getName());
		assertFalse(editor.isDirty(), "undone back to the saved state");
		assertTrue(editor.viewer().getTree().getItem(0).getText().contains(name));

		runWorkbenchCommand(editor, IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("Renamed Agency", agency.getName());
		assertTrue(editor.isDirty());
	}

	@Test
	void saveWritesTheFileAndUndoThenSaveGivesBackTheOriginalBytes() throws Exception {
		byte[] original = WorkspaceModels.example();
		IFile file = models.write(WorkspaceModels.EXAMPLE, original);
		SocialmapEditor editor = WorkspaceModels.open(file);

		setProperty(editor, agency(editor), "Name", "Saved Agency");
		WorkspaceModels.page().saveEditor(editor, false);
		assertFalse(editor.isDirty());
		assertTrue(new String(Files.readAllBytes(WorkspaceModels.path(file)), StandardCharsets.UTF_8).contains("name=\"Saved Agency\""));

		runWorkbenchCommand(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(editor.isDirty(), "the file holds the change the undo took back");
		WorkspaceModels.page().saveEditor(editor, false);
		assertFalse(editor.isDirty());
		assertArrayEquals(original, Files.readAllBytes(WorkspaceModels.path(file)));
		assertTrue(file.isSynchronized(0), "the workspace knows the file was written");
	}

	@Test
	void aSaveOverAFileAnotherProgramChangedIsRefusedAndTheEditorStaysDirty() throws Exception {
		IFile file = models.write(WorkspaceModels.EXAMPLE, WorkspaceModels.example());
		SocialmapEditor editor = WorkspaceModels.open(file);
		setProperty(editor, agency(editor), "Name", "Mine");
		byte[] theirs = (new String(WorkspaceModels.example(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
		Files.write(WorkspaceModels.path(file), theirs);

		editor.doSave(new NullProgressMonitor());

		assertTrue(editor.isDirty());
		assertTrue(editor.saveProblem().orElseThrow().startsWith("Not saved: "), editor.saveProblem().orElseThrow());
		assertArrayEquals(theirs, Files.readAllBytes(WorkspaceModels.path(file)));
	}

	@Test
	void aCorruptFileOpensOnAnErrorPageWithFileAndLineAndIsNotTouched() throws Exception {
		String text = new String(WorkspaceModels.example(), StandardCharsets.UTF_8);
		byte[] corrupt = text.replaceFirst("weeklyHours=\"[^\"]*\"", "weeklyHours=\"many\"").getBytes(StandardCharsets.UTF_8);
		IFile file = models.write("corrupt.socialmap", corrupt);

		SocialmapEditor editor = WorkspaceModels.open(file);

		String problem = editor.loadProblem().orElseThrow();
		String location = WorkspaceModels.path(file) + ":";
		assertTrue(problem.startsWith(location) && problem.substring(location.length()).matches("(?s)\\d+: .+"), problem);
		assertTrue(Widgets.texts(editor.getSite().getShell()).contains(problem), "the page shows the loader's message");
		assertFalse(editor.isDirty());
		WorkspaceModels.page().closeEditor(editor, true);
		assertArrayEquals(corrupt, Files.readAllBytes(WorkspaceModels.path(file)));
	}

	private static Agency agency(SocialmapEditor editor) {
		return (Agency) editor.resource().getContents().get(0);
	}

	private static String label(SocialmapEditor editor, Object element) {
		AdapterFactory adapters = ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory();
		return ((IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class)).getText(element);
	}

	private static TreeItem child(TreeItem parent, String text) {
		List<String> texts = Arrays.stream(parent.getItems()).map(TreeItem::getText).toList();
		return Arrays.stream(parent.getItems()).filter(item -> item.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + text + "' under '" + parent.getText() + "': " + texts));
	}

	/** As the Properties view does: through the property source of the editor's element. */
	private static void setProperty(SocialmapEditor editor, Object element, String displayName, Object value) {
		AdapterFactory adapters = ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory();
		IPropertySource source = new ItemPropertySourceProvider(adapters).getPropertySource(element);
		IPropertyDescriptor descriptor = Arrays.stream(source.getPropertyDescriptors())
				.filter(candidate -> candidate.getDisplayName().equals(displayName)).findFirst().orElseThrow();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Command before = stack.getUndoCommand();
		source.setPropertyValue(descriptor.getId(), value);
		assertNotSame(before, stack.getUndoCommand(), "the change is a command on the editor's stack");
	}

	/** Edit > Undo and Edit > Redo, as the workbench's key bindings and menus run them. */
	private static void runWorkbenchCommand(SocialmapEditor editor, String commandId) throws CommandException {
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}
}
