package org.socialmap.cli.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.model.Settings;
import org.socialmap.cli.output.TerminalText;
import org.socialmap.document.ModelAccess;
import org.socialmap.document.ModelDocument;
import org.socialmap.document.ModelServices;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.io.AtomicFileWriter;
import org.socialmap.report.AuditReport;
import org.socialmap.report.ClientDiagrams;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;

/** {@code socialmap report FILE --out DIR}: the audit report an agency hands its client. */
public final class ReportCommand implements Command {

	private static final String OUT = "--out";
	private static final String NO_DIAGRAMS = "--no-diagrams";

	private final Options options = Settings.addTo(new Options()
			.value(OUT, "DIR", "Folder to write the report into (created if missing). Required.")
			.flag(NO_DIAGRAMS, "Leave out the diagrams (which need Chromium, as `render` does)."));

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary() {
		return "Writes a self-contained HTML audit report of a model.";
	}

	@Override
	public String usage() {
		return "--out DIR [--settings FILE] FILE";
	}

	@Override
	public String help() {
		return """
				Writes DIR/<name of FILE>.html: for each client, its organisation model, its social media
				map and team diagrams (drawn as `render` draws them), the inventory of presences (platform, handle, purpose, owner, backup, status), the links of its map, the
				findings by severity, the team and its affinities, and the curators the assignment
				assistant proposes. The page is self-contained: opening it sends no request anywhere.

				Exits with 0 when the report is written, 2 when FILE cannot be read or DIR written.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().size() != 1) {
			throw new UsageException(arguments.operands().isEmpty() ? "no model file given" : "report takes one model file");
		}
		String out = arguments.value(OUT, null);
		if (out == null) {
			throw new UsageException("--out DIR is required");
		}
		Path file = Path.of(arguments.operands().get(0));
		RuleSettings settings = Settings.from(arguments);
		CatalogRegistry catalogs = Catalogs.registry();
		RuleSet rules = Rules.installed();
		context.progress().step("reading " + file);
		// one reading for the report and its diagrams, whose badges show the same findings
		ModelDocument document = ModelDocument.open(file, new ModelServices(() -> catalogs, rules, settings), ModelAccess.locked());
		Agency agency = document.agency();
		context.progress().step("checking the rules");
		List<Finding> findings = document.findings();
		context.progress().step("proposing curators");
		CuratorAssistant assistant = new CuratorAssistant(catalogs, settings);
		Map<ClientCompany, AssignmentResult> proposals = new LinkedHashMap<>();
		agency.getClients().forEach(client -> proposals.put(client, assistant.propose(client, true)));
		Map<ClientCompany, ClientDiagrams> diagrams = Map.of();
		if (!arguments.has(NO_DIAGRAMS)) {
			context.progress().step("drawing the diagrams");
			diagrams = ReportDiagrams.draw(document, catalogs);
			diagrams.values().stream().map(ClientDiagrams::missingBecause).filter(Objects::nonNull).findFirst()
					.ifPresent(why -> context.err().println("socialmap: warning: the report has no diagrams: " + TerminalText.safe(why)));
		}
		String html = new AuditReport(catalogs, rules).render(agency, file.getFileName().toString(), findings, proposals, diagrams);
		Path report = Path.of(out).resolve(stem(file) + ".html");
		context.progress().step("writing " + report);
		AtomicFileWriter.writeIfChanged(report, html.getBytes(StandardCharsets.UTF_8));
		context.out().println(TerminalText.safe(report.toString()));
		return ExitCode.OK;
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
