package org.socialmap.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialmap.diagram.ui.DiagramEditor;
import org.socialmap.diagram.ui.DisplayWait;
import org.socialmap.tests.common.ExampleModels;

/** The diagram editor in a running IDE workbench: the client's page in the SWT Browser, on its own server. */
class DiagramEditorTest {

	private static final String EXAMPLE = "social-media-in-azienda.socialmap";
	private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

	private IProject project;
	private DiagramEditor editor;

	@BeforeEach
	void openTheExamplesMap() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("socialmap-diagram-ui-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile(EXAMPLE);
		model.create(new ByteArrayInputStream(ExampleModels.all().get(EXAMPLE)), IResource.FORCE, null);
		editor = (DiagramEditor) IDE.openEditor(page(), model, DiagramEditor.ID);
		assertTrue(DisplayWait.until(() -> editor.pageState().ready() || editor.pageState().diagramState().equals("failed"),
				PAGE_TIMEOUT), "the page did not finish loading: " + editor.pageState());
	}

	@AfterEach
	void closeEditorsAndDeleteProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	void theMapIsDrawnInsideTheBrowserAndSavedAsAScreenshot() throws Exception {
		assertEquals("ready", editor.pageState().diagramState());
		Path svg = Files.createTempFile("map", ".svg");
		editor.exportSvg(svg);
		assertTrue(Files.readString(svg).contains("Facebook page"), "the map shows the example's Facebook page");
		Path screenshot = Path.of(System.getProperty("screenshots", "target")).resolve("diagram-in-eclipse.png");
		Files.createDirectories(screenshot.getParent());
		editor.exportPng(screenshot);
		assertTrue(colours(screenshot) > 1, "the screenshot is blank");
	}

	@Test
	void theDiagramIsExportedAsSvgAndAsAPngThatIsNotBlank() throws Exception {
		Path svg = Files.createTempFile("map", ".svg");
		Path png = Files.createTempFile("map", ".png");

		editor.exportSvg(svg);
		editor.exportPng(png);

		assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
		assertTrue(colours(png) > 1, "the PNG has one colour only");
	}

	@Test
	void theServerRefusesARequestWithoutTheToken() throws Exception {
		URI page = editor.pageUri();
		URI withoutToken = URI.create("http://" + page.getHost() + ":" + page.getPort() + "/api/session");
		HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(withoutToken).build(), HttpResponse.BodyHandlers.ofString());

		assertEquals(403, answer.statusCode());
		assertEquals("127.0.0.1", page.getHost());
	}

	@Test
	void anEditMakesTheEditorDirtyTheWorkbenchsUndoAndRedoReachTheDiagramAndSaveWritesTheLayout() throws Exception {
		page().activate(editor);
		editor.dispatch("{ kind: 'layoutAll', keepPinned: false }");
		assertTrue(DisplayWait.until(editor::isDirty, PAGE_TIMEOUT), "the layout did not make the diagram dirty");

		runCommand(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(DisplayWait.until(() -> !editor.isDirty(), PAGE_TIMEOUT), "Undo did not undo the layout");
		runCommand(IWorkbenchCommandConstants.EDIT_REDO);
		assertTrue(DisplayWait.until(editor::isDirty, PAGE_TIMEOUT), "Redo did not redo the layout");

		editor.doSave(new NullProgressMonitor());

		assertFalse(editor.isDirty(), "still dirty after save");
		assertTrue(project.getFile("social-media-in-azienda.smlayout").exists(), "the layout file was written");
	}

	private void runCommand(String commandId) throws Exception {
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	private static int colours(Path png) throws Exception {
		BufferedImage image = ImageIO.read(png.toFile());
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight() && colours.size() < 2; y++) {
			for (int x = 0; x < image.getWidth() && colours.size() < 2; x++) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}
}
