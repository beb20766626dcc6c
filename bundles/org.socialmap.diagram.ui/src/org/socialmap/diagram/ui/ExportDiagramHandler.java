package org.socialmap.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Export Diagram as SVG / PNG: asks where, then writes the active diagram editor's diagram. The
 * format ({@code svg} or {@code png}) comes from plugin.xml ({@code class="...ExportDiagramHandler:svg"}).
 */
public final class ExportDiagramHandler extends AbstractHandler implements IExecutableExtension {

	private String format = "svg";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String given) {
			format = given.toLowerCase(Locale.ROOT);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart active = HandlerUtil.getActiveEditorChecked(event);
		if (!(active instanceof DiagramEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(editor.getPartName().replaceFirst("\\.socialmap$", "") + "." + format);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		try {
			if (format.equals("png")) {
				editor.exportPng(Path.of(chosen));
			} else {
				editor.exportSvg(Path.of(chosen));
			}
		} catch (IOException | IllegalStateException e) {
			MessageDialog.openError(shell, "Export Diagram", "The diagram was not exported: " + e.getMessage());
		}
		return null;
	}
}
