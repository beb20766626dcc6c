package org.socialmap.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** What a window shows, read from its widgets (SWTBot cannot be had). */
final class Widgets {

	private Widgets() {
	}

	/** The texts of every visible label and text field under {@code root}. */
	static List<String> texts(Control root) {
		List<String> texts = new ArrayList<>();
		collect(root, texts);
		return texts;
	}

	/** The open shell titled {@code title}. */
	static Shell shell(Display display, String title) {
		return Arrays.stream(display.getShells()).filter(shell -> shell.isVisible() && title.equals(shell.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no window '" + title + "'"));
	}

	/** The visible button labelled {@code text} under {@code root} (mnemonics ignored). */
	static Button button(Control root, String text) {
		Button button = find(root, text);
		if (button == null) {
			throw new AssertionError("no button '" + text + "'");
		}
		return button;
	}

	private static Button find(Control control, String text) {
		if (control instanceof Button button && button.isVisible() && button.getText().replace("&", "").equals(text)) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = find(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(Control control, List<String> texts) {
		if (!control.isVisible()) {
			return;
		}
		if (control instanceof Text text) {
			texts.add(text.getText());
		} else if (control instanceof Label label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}

	/** The first control of this type after the label with this text, in the order the window lays them out. */
	static <T extends Control> T fieldAfter(Control root, String label, Class<T> type) {
		List<Control> controls = new ArrayList<>();
		flatten(root, controls);
		boolean afterLabel = false;
		for (Control control : controls) {
			if (control instanceof Label found && found.getText().equals(label)) {
				afterLabel = true;
			} else if (afterLabel && type.isInstance(control)) {
				return type.cast(control);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " after the label '" + label + "'");
	}

	private static void flatten(Control control, List<Control> controls) {
		controls.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				flatten(child, controls);
			}
		}
	}
}
