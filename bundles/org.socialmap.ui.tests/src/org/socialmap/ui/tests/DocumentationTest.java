package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialmap.ui.help.DocumentationEditor;

/** Help > Socialmap Documentation opens the documentation's index in the workbench. */
class DocumentationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@AfterEach
	void closeEditors() {
		WorkspaceModels.page().closeAllEditors(false);
	}

	@Test
	void theHelpMenuOpensTheIndexAndItsLinksLeadToTheOtherDocuments() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu help = item(window.getMenuBar(), "Help").getMenu();
		help.notifyListeners(SWT.Show, null); // the workbench fills a menu when it is about to show
		item(help, "Socialmap Documentation").notifyListeners(SWT.Selection, null);

		DocumentationEditor editor = (DocumentationEditor) WorkspaceModels.page().getActiveEditor();
		Browser browser = editor.browser();
		waitFor(() -> "Socialmap".equals(title(browser)), "the index page (README) in the browser, not " + browser.getUrl());
		assertEquals("Socialmap", browser.evaluate("return document.querySelector('h1').textContent"));

		assertTrue(browser.execute("location.href = document.querySelector('a[href=\"docs/model.html\"]').href"));
		waitFor(() -> "The Socialmap model".equals(title(browser)), "the model's page, not " + browser.getUrl());
	}

	private static MenuItem item(Menu menu, String text) {
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").split("\t")[0].equals(text))
				.findFirst().orElseThrow(() -> new AssertionError("no menu item '" + text + "' in "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}

	/** The page's title; none while the page is still loading. */
	private static String title(Browser browser) {
		return browser.evaluate("return document.title") instanceof String title ? title : null;
	}

	/** Dispatches display events (the Browser's load arrives as events) until the condition holds. */
	private static void waitFor(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				}); // wakes sleep() up to check the deadline when no event comes
				display.sleep();
			}
		}
	}
}
