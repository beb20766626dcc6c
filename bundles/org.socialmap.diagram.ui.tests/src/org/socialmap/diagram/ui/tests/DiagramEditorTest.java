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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
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
	void openDiagramFromTheTreeEditorOpensTheDiagramOfItsFile() throws Exception {
		page().closeAllEditors(false);
		IFile model = project.getFile(EXAMPLE);
		IEditorPart tree = IDE.openEditor(page(), model);
		assertEquals("org.socialmap.ui.editor", tree.getSite().getId());

		tree.getSite().getService(IHandlerService.class).executeCommand("org.socialmap.diagram.ui.openDiagram", null);

		DiagramEditor opened = (DiagramEditor) page().getActiveEditor();
		assertEquals(model, ((IFileEditorInput) opened.getEditorInput()).getFile());
		assertTrue(DisplayWait.until(() -> opened.pageState().ready(), PAGE_TIMEOUT), "not drawn: " + opened.pageState());
	}

	/** What the user sees: the Browser control's pixels, copied from the (Xvfb) screen once WebKit stopped painting. */
	@Test
	void theBrowserControlShowsTheDiagram() throws Exception {
		Browser browser = browserIn(page().getWorkbenchWindow().getShell());
		ImageData shown = pixelsOf(browser);
		ImageData before;
		int looks = 0;
		do {
			before = shown;
			long next = System.nanoTime() + Duration.ofMillis(500).toNanos();
			DisplayWait.until(() -> System.nanoTime() > next, Duration.ofSeconds(1));
			shown = pixelsOf(browser);
		} while (!Arrays.equals(before.data, shown.data) && ++looks < 20);
		Path screenshot = Path.of(System.getProperty("screenshots", "target")).resolve("diagram-editor-browser.png");
		Files.createDirectories(screenshot.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { shown };
		loader.save(screenshot.toString(), SWT.IMAGE_PNG);

		assertTrue(colours(screenshot) > 1, "the Browser control shows one colour only");
	}

	private static ImageData pixelsOf(Browser browser) {
		Point size = browser.getSize();
		Image image = new Image(browser.getDisplay(), size.x, size.y);
		GC gc = new GC(browser);
		try {
			gc.copyArea(image, 0, 0);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static Browser browserIn(Control control) {
		if (control instanceof Browser browser && browser.isVisible()) {
			return browser;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Browser found = browserIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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

	/** Real key presses (XTest under Xvfb) with the focus in the Browser: the workbench's Save binding. */
	@Test
	void ctrlSInTheBrowserSavesTheDiagram() throws Exception {
		page().activate(editor);
		editor.setFocus();
		editor.dispatch("{ kind: 'layoutAll', keepPinned: false }");
		assertTrue(DisplayWait.until(editor::isDirty, PAGE_TIMEOUT), "the layout did not make the diagram dirty");

		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, SWT.CTRL, '\0');
		post(display, SWT.KeyDown, 0, 's');
		post(display, SWT.KeyUp, 0, 's');
		post(display, SWT.KeyUp, SWT.CTRL, '\0');

		assertTrue(DisplayWait.until(() -> !editor.isDirty(), PAGE_TIMEOUT), "Ctrl+S did not save");
		assertTrue(project.getFile("social-media-in-azienda.smlayout").exists(), "the layout file was written");
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
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
