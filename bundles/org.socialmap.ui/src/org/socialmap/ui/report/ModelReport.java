package org.socialmap.ui.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.report.AuditReport;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;

/**
 * The HTML audit report of a model, as the command line's {@code report --no-diagrams} writes it,
 * beside the model file in the workspace ({@code NAME.socialmap} gives {@code NAME.html}).
 */
public final class ModelReport {

	private ModelReport() {
	}

	/** Writes the report of {@code agency} (as it is in memory, saved or not) beside {@code modelFile}. */
	public static IFile write(Agency agency, IFile modelFile) throws CoreException {
		CatalogRegistry catalogs = Catalogs.registry();
		RuleSettings settings = RuleSettings.defaults();
		RuleSet rules = Rules.installed();
		List<Finding> findings = Validation.validate(agency, catalogs, settings, rules);
		CuratorAssistant assistant = new CuratorAssistant(catalogs, settings);
		Map<ClientCompany, AssignmentResult> proposals = new LinkedHashMap<>();
		agency.getClients().forEach(client -> proposals.put(client, assistant.propose(client, true)));
		String html = new AuditReport(catalogs, rules).render(agency, modelFile.getName(), findings, proposals, Map.of());

		IPath reportPath = modelFile.getFullPath().removeFileExtension().addFileExtension("html");
		IFile report = modelFile.getWorkspace().getRoot().getFile(reportPath);
		ByteArrayInputStream content = new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8));
		if (report.exists()) {
			report.setContents(content, IResource.FORCE | IResource.KEEP_HISTORY, null);
		} else {
			report.create(content, IResource.FORCE, null);
		}
		report.setCharset(StandardCharsets.UTF_8.name(), null);
		return report;
	}
}
