package org.socialmap.ui.commands;

import java.net.MalformedURLException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.socialmap.model.Agency;
import org.socialmap.ui.editor.SocialmapEditor;
import org.socialmap.ui.report.ModelReport;

/** Generate Report: writes the audit report beside the model file and opens it in a browser. */
public final class GenerateReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		SocialmapEditor editor = TargetEditor.of(event);
		if (!(editor.getEditorInput() instanceof IFileEditorInput input)) {
			throw new ExecutionException("The report is written beside the model in the workspace; this model is outside it");
		}
		try {
			IFile report = ModelReport.write((Agency) editor.resource().getContents().get(0), input.getFile());
			// the report forbids every fetch (its CSP), so an external browser opens it safely
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(report.getLocationURI().toURL());
		} catch (CoreException | MalformedURLException e) {
			throw new ExecutionException("Report not written: " + e.getMessage(), e);
		}
		return null;
	}
}
