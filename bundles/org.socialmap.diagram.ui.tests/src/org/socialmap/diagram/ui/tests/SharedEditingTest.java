package org.socialmap.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.diagram.ui.DiagramEditor;
import org.socialmap.diagram.ui.DisplayWait;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.markers.FindingMarkers;
import org.socialmap.tests.common.ExampleModels;

/**
 * The tree editor and the diagram editor of one file, open together: one document, so an edit in
 * either shows in the other, one Undo undoes it for both, one save saves for both, the selection
 * follows, and the file's markers are the findings the diagram decorates.
 */
class SharedEditingTest {

	private static final String EXAMPLE = "social-media-in-azienda.socialmap";
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private IProject project;
	private IFile model;
	private SocialmapEditor tree;
	private DiagramEditor diagram;

	@BeforeEach
	void openTheTreeAndTheMap() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("socialmap-shared-editing-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		model = project.getFile(EXAMPLE);
		model.create(new ByteArrayInputStream(ExampleModels.all().get(EXAMPLE)), IResource.FORCE, null);
		tree = (SocialmapEditor) IDE.openEditor(page(), model);
		// matching the input alone would give back the tree editor
		diagram = (DiagramEditor) page().openEditor(new FileEditorInput(model), DiagramEditor.ID, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		assertTrue(DisplayWait.until(() -> diagram.pageState().ready() || diagram.pageState().diagramState().equals("failed"),
				PATIENCE), "the page did not finish loading: " + diagram.pageState());
		assertEquals("ready", diagram.pageState().diagramState());
	}

	@AfterEach
	void closeEditorsAndDeleteProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	void bothEditorsShareOneDocument() {
		assertSame(tree.document(), diagram.document());
	}

	@Test
	void aTreeEditShowsInTheDiagramAndItsFindingIsBothAMarkerAndABadge() throws Exception {
		Presence facebook = presence("facebook-page");
		tree.getEditingDomain().getCommandStack().execute(SetCommand.create(tree.getEditingDomain(), facebook,
				SocialmapPackage.Literals.PRESENCE__PURPOSE, null));

		String finding = tree.document().findings().stream()
				.filter(candidate -> candidate.ruleId().equals("socialmap.showcase-presence") && candidate.elements().contains(facebook))
				.findFirst().orElseThrow().message();
		assertTrue(DisplayWait.until(() -> markerMessages().contains(finding), PATIENCE), "no marker says: " + finding);
		assertTrue(DisplayWait.until(() -> svg().contains(escaped(finding)), PATIENCE), "the map has no badge saying: " + finding);
		assertTrue(diagram.isDirty() && tree.isDirty(), "the edit made both editors dirty");
	}

	@Test
	void aDiagramEditShowsInTheTreeOneUndoUndoesItForBothAndOneSaveSavesForBoth() throws Exception {
		Presence facebook = presence("facebook-page");
		String before = facebook.getName();
		diagram.dispatch("{ kind: 'applyLabelEdit', labelId: 'facebook-page#name', text: 'Pagina Facebook' }");
		assertTrue(DisplayWait.until(() -> "Pagina Facebook".equals(facebook.getName()), PATIENCE), "the edit did not reach the model");
		assertTrue(DisplayWait.until(() -> treeLabelOf(facebook).contains("Pagina Facebook"), PATIENCE), "the tree does not show the new name");
		assertTrue(tree.isDirty() && diagram.isDirty());

		page().activate(tree);
		runCommand(tree, IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, facebook.getName());
		assertTrue(DisplayWait.until(() -> !svg().contains("Pagina Facebook") && svg().contains(before), PATIENCE),
				"the diagram still shows the undone name");
		assertFalse(tree.isDirty() || diagram.isDirty(), "undone to the saved state, yet dirty");

		page().activate(diagram);
		runCommand(diagram, IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("Pagina Facebook", facebook.getName());
		diagram.doSave(new NullProgressMonitor());
		assertFalse(tree.isDirty() || diagram.isDirty(), "one save saves for both editors");
		assertTrue(Files.readString(Path.of(model.getLocationURI())).contains("Pagina Facebook"));
	}

	@Test
	void theDiagramsSelectionIsSelectedInTheTreeAndShownInThePropertiesView() throws Exception {
		PropertySheet properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
		page().activate(diagram);
		diagram.dispatch("{ kind: 'elementSelected', selectedElementsIDs: ['youtube-channel'], deselectedElementsIDs: [], deselectAll: true }");

		Presence youtube = presence("youtube-channel");
		assertTrue(DisplayWait.until(() -> selectionOf(diagram).equals(List.of(youtube)), PATIENCE), "the diagram's selection is not the channel");
		assertTrue(DisplayWait.until(() -> selectionOf(tree).equals(List.of(youtube)), PATIENCE), "the tree did not select the channel");
		assertTrue(DisplayWait.until(() -> treeItems((Tree) properties.getCurrentPage().getControl()).contains(youtube.getName()), PATIENCE),
				"the Properties view does not show the channel");
	}

	@Test
	void theTreesSelectionIsSelectedInTheDiagram() {
		Presence flickr = presence("flickr-photos");
		page().activate(tree);
		tree.viewer().setSelection(new StructuredSelection(flickr), true);
		assertTrue(DisplayWait.until(() -> selectionOf(diagram).equals(List.of(flickr)), PATIENCE), "the diagram did not select the photos");
	}

	@Test
	void theDeleteKeyDeletesWhatTheDiagramHasSelected() throws Exception {
		page().activate(diagram);
		diagram.dispatch("{ kind: 'elementSelected', selectedElementsIDs: ['flickr-photos'], deselectedElementsIDs: [], deselectAll: true }");
		Presence flickr = presence("flickr-photos");
		assertTrue(DisplayWait.until(() -> selectionOf(diagram).equals(List.of(flickr)), PATIENCE));

		runCommand(diagram, IWorkbenchCommandConstants.EDIT_DELETE);

		assertTrue(DisplayWait.until(() -> flickr.eContainer() == null, PATIENCE), "not deleted");
		assertTrue(tree.document().element("flickr-photos").isEmpty());
		runCommand(diagram, IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(flickr.eContainer() != null && tree.document().element("flickr-photos").isPresent(), "Undo did not bring it back");
	}

	private Presence presence(String id) {
		ModelElement element = tree.document().element(id).orElseThrow();
		return (Presence) element;
	}

	private static List<Object> selectionOf(IWorkbenchPart part) {
		return ((IStructuredSelection) part.getSite().getSelectionProvider().getSelection()).toList();
	}

	/** The label of the element's item in the tree, revealed first (the tree makes items as they are expanded). */
	private String treeLabelOf(Object element) {
		tree.viewer().reveal(element);
		return ((TreeItem) tree.viewer().testFindItem(element)).getText();
	}

	/** The text of every visible cell of the tree's items. */
	private static String treeItems(Tree tree) {
		StringBuilder text = new StringBuilder();
		for (TreeItem item : tree.getItems()) {
			append(item, text, tree.getColumnCount());
		}
		return text.toString();
	}

	private static void append(TreeItem item, StringBuilder text, int columns) {
		for (int column = 0; column < Math.max(1, columns); column++) {
			text.append(item.getText(column)).append('\n');
		}
		for (TreeItem child : item.getItems()) {
			append(child, text, columns);
		}
	}

	private String svg() {
		try {
			Path file = Files.createTempFile("shared", ".svg");
			diagram.exportSvg(file);
			return Files.readString(file);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private List<String> markerMessages() {
		try {
			return Arrays.stream(FindingMarkers.on(model)).map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static void runCommand(IWorkbenchPart part, String commandId) throws Exception {
		part.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
