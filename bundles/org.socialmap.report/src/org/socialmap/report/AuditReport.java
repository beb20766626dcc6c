package org.socialmap.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.Proposal;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.model.Affinity;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;
import org.socialmap.model.Team;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.Severity;

/**
 * The audit report an agency hands its client: one self-contained HTML page (styles inline, icons as
 * data URIs, a Content-Security-Policy that forbids loading anything) so that opening it sends no
 * request anywhere.
 */
public final class AuditReport {

	/** Forbids every fetch: images only from data URIs, styles only inline. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222;line-height:1.4}
			h1{font-size:1.6em}h2{border-bottom:2px solid #4a6;padding-bottom:.2em;margin-top:2em}
			table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
			th{background:#eef5ee}img.icon{width:1.2em;height:1.2em;vertical-align:middle;margin-right:.3em}
			.error{color:#a00;font-weight:bold}.warning{color:#a60;font-weight:bold}.info{color:#066}
			.muted{color:#777}figure.diagram{margin:1em 0}figure.diagram img{max-width:100%;border:1px solid #ccc}code{font-size:.9em}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}
			""";

	private final CatalogRegistry catalogs;
	private final RuleSet rules;
	private final Map<String, Optional<String>> iconData = new HashMap<>();

	/** @param rules the rules the findings come from: the report says what each asks for */
	public AuditReport(CatalogRegistry catalogs, RuleSet rules) {
		this.catalogs = catalogs;
		this.rules = rules;
	}

	/**
	 * @param source    what the report is about, e.g. the model file's name
	 * @param proposals the assignment assistant's answer for each client, or none when it was not asked
	 * @param diagrams  each client's diagrams, or none for a report without them
	 */
	public String render(Agency agency, String source, List<Finding> findings, Map<ClientCompany, AssignmentResult> proposals,
			Map<ClientCompany, ClientDiagrams> diagrams) {
		Html html = new Html();
		html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
				.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">")
				.raw("<title>").text("Social media audit: " + name(agency)).raw("</title><style>").raw(STYLE).raw("</style></head><body>\n");
		html.raw("<h1>").text("Social media audit \u2014 " + name(agency)).raw("</h1>\n");
		html.raw("<p class=\"muted\">").text("From " + source + ", by Socialmap. " + summary(findings)).raw("</p>\n");
		Map<ClientCompany, List<Finding>> byClient = findingsByClient(agency, findings);
		for (ClientCompany client : agency.getClients()) {
			client(html, client, byClient.getOrDefault(client, List.of()), proposals.get(client), diagrams.get(client));
		}
		List<Finding> general = byClient.getOrDefault(null, List.of());
		if (!general.isEmpty()) {
			html.raw("<h2>General findings</h2>\n");
			findings(html, general);
		}
		rulesChecked(html);
		return html.raw("</body></html>\n").toString();
	}

	private void client(Html html, ClientCompany client, List<Finding> findings, AssignmentResult proposals,
			ClientDiagrams diagrams) {
		html.raw("<h2>").text(name(client)).raw("</h2>\n<dl>");
		definition(html, "Core business", client.getCoreBusiness());
		definition(html, "Sector", client.getSector());
		Optional<OrganisationModel> model = catalogs.organisationModel(client.getOrganisationModel());
		definition(html, "Organisation model", model.map(m -> m.name() + " \u2014 " + m.description())
				.orElse(client.getOrganisationModel() == null ? null : client.getOrganisationModel() + " (unknown)"));
		definition(html, "Websites", client.getWebsites().stream().map(w -> name(w) + (w.getUrl() == null ? "" : " <" + w.getUrl() + ">"))
				.collect(Collectors.joining(", ")));
		html.raw("</dl>\n");
		if (diagrams != null) {
			diagrams(html, client, diagrams);
		}
		presences(html, client);
		links(html, client);
		html.raw("<h3>Findings</h3>\n");
		findings(html, findings);
		team(html, client);
		if (proposals != null) {
			proposals(html, proposals);
		}
	}

	/** Each picture as an image, not inline markup: an SVG image can neither run scripts nor load anything. */
	private static void diagrams(Html html, ClientCompany client, ClientDiagrams diagrams) {
		html.raw("<h3>Diagrams</h3>\n");
		if (diagrams.missingBecause() != null) {
			html.raw("<p class=\"muted\">").text("The diagrams could not be drawn: " + diagrams.missingBecause()).raw("</p>\n");
		}
		for (ClientDiagrams.Picture picture : diagrams.pictures()) {
			String data = "data:image/svg+xml;base64,"
					+ Base64.getEncoder().encodeToString(picture.svg().getBytes(StandardCharsets.UTF_8));
			html.raw("<figure class=\"diagram\"><img alt=\"").text(picture.title() + " of " + name(client))
					.raw("\" src=\"").text(data).raw("\"><figcaption>").text(picture.title()).raw("</figcaption></figure>\n");
		}
	}

	private void presences(Html html, ClientCompany client) {
		html.raw("<h3>Presences</h3>\n<table><tr><th>Platform</th><th>Presence</th><th>Handle</th><th>Purpose</th>"
				+ "<th>Owner</th><th>Backup</th><th>Status</th></tr>\n");
		for (Presence presence : client.getPresences()) {
			Optional<Platform> platform = catalogs.platform(presence.getPlatform());
			html.raw("<tr><td>");
			platform.flatMap(this::icon).ifPresent(data -> html.raw("<img class=\"icon\" alt=\"\" src=\"").text(data).raw("\">"));
			html.text(platform.map(Platform::name).orElse(presence.getPlatform() + " (unknown platform)")).raw("</td>");
			html.element("td", name(presence));
			html.raw("<td>").text(presence.getHandle());
			// the model's own address wins; the catalog's pattern only fills a missing one
			Optional.ofNullable(presence.getUrl()).or(() -> platform.flatMap(p -> p.profileUrl(presence.getHandle())))
					.ifPresent(url -> html.raw("<br><code>").text(url).raw("</code>"));
			html.raw("</td>");
			html.element("td", presence.getPurpose() == null ? "\u2014 (showcase)" : presence.getPurpose());
			html.element("td", curator(presence, CurationRole.OWNER));
			html.element("td", curator(presence, CurationRole.BACKUP));
			String status = presence.getStatus().getLiteral() + platform.filter(Platform::isClosed)
					.map(p -> ", platform closed" + (p.closed() == null ? "" : " " + p.closed())).orElse("");
			html.element("td", status).raw("</tr>\n");
		}
		html.raw("</table>\n");
	}

	private void links(Html html, ClientCompany client) {
		if (client.getLinks().isEmpty()) {
			return;
		}
		html.raw("<h3>Links</h3>\n<table><tr><th>From</th><th>Link</th><th>To</th><th>Note</th></tr>\n");
		for (Link link : client.getLinks()) {
			html.raw("<tr>").element("td", name(link.getSource())).element("td", link.getKind().getLiteral())
					.element("td", name(link.getTarget())).element("td", link.getNote()).raw("</tr>\n");
		}
		html.raw("</table>\n");
	}

	private void findings(Html html, List<Finding> findings) {
		if (findings.isEmpty()) {
			html.raw("<p>No findings: the map follows every rule.</p>\n");
			return;
		}
		html.raw("<table><tr><th>Severity</th><th>Rule</th><th>Finding</th><th>Quick fix</th></tr>\n");
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			for (Finding finding : findings) {
				if (finding.severity() == severity) {
					String css = severity.name().toLowerCase(Locale.ROOT);
					html.raw("<tr><td class=\"" + css + "\">").text(css).raw("</td><td><code>").text(finding.ruleId())
							.raw("</code>");
					rules.rule(finding.ruleId()).ifPresent(rule -> html.raw("<br><span class=\"muted\">").text(rule.title()).raw("</span>"));
					html.raw("</td>").element("td", finding.message())
							.element("td", finding.fixes().stream().map(fix -> fix.label()).collect(Collectors.joining("; ")))
							.raw("</tr>\n");
				}
			}
		}
		html.raw("</table>\n");
	}

	private void team(Html html, ClientCompany client) {
		html.raw("<h3>Team and affinities</h3>\n<table><tr><th>Member</th><th>Team</th><th>Function</th><th>Role</th>"
				+ "<th>Hours a week (curating / available)</th><th>Affinities</th></tr>\n");
		for (Team team : client.getTeams()) {
			for (Member member : team.getMembers()) {
				double curating = Workload.curatedHours(member);
				// available: the model's own value, even an impossible one, which the findings report
				html.raw("<tr>").element("td", name(member)).element("td", name(team))
						.element("td", member.getBusinessFunction().getLiteral().replace('-', ' ')).element("td", member.getRole())
						.element("td", Labels.number(curating) + " / " + Labels.number(member.getWeeklyHours()))
						.element("td", member.getAffinities().stream().map(this::affinity).collect(Collectors.joining(", ")))
						.raw("</tr>\n");
			}
		}
		html.raw("</table>\n");
	}

	private void proposals(Html html, AssignmentResult result) {
		html.raw("<h3>Proposed curators</h3>\n");
		result.infeasibility().ifPresent(reason -> html.raw("<p class=\"warning\">").text("No valid assignment: " + reason).raw("</p>\n"));
		if (result.proposals().isEmpty()) {
			if (result.feasible()) {
				html.raw("<p>Every presence already has an owner and a backup.</p>\n");
			}
			return;
		}
		html.raw("<table><tr><th>Presence</th><th>Role</th><th>Member</th><th>Why</th></tr>\n");
		for (Proposal proposal : result.proposals()) {
			html.raw("<tr>").element("td", name(proposal.presence())).element("td", proposal.role().getLiteral())
					.element("td", name(proposal.member())).element("td", proposal.reason()).raw("</tr>\n");
		}
		html.raw("</table>\n");
	}

	private void rulesChecked(Html html) {
		html.raw("<h2>Rules checked</h2>\n<table><tr><th>Rule</th><th>Asks for</th></tr>\n");
		for (Rule rule : rules.rules()) {
			html.raw("<tr><td><code>").text(rule.id()).raw("</code></td>").element("td", rule.title()).raw("</tr>\n");
		}
		html.raw("</table>\n");
	}

	private String affinity(Affinity affinity) {
		String subject = affinity.getPlatform() != null
				? catalogs.platform(affinity.getPlatform()).map(Platform::name).orElse(affinity.getPlatform())
				: catalogs.kind(affinity.getPlatformKind()).map(kind -> kind.name()).orElse(String.valueOf(affinity.getPlatformKind()));
		return subject + " (" + affinity.getStrength().getLiteral() + ")";
	}

	private static String curator(Presence presence, CurationRole role) {
		return presence.getCurations().stream().filter(c -> c.getRole() == role && c.getMember() != null)
				.map(c -> name(c.getMember())).collect(Collectors.joining(", "));
	}

	private Optional<String> icon(Platform platform) {
		return iconData.computeIfAbsent(platform.id(), id -> Optional.ofNullable(platform.icon()).flatMap(AuditReport::dataUri));
	}

	private static Optional<String> dataUri(URL icon) {
		try (InputStream in = icon.openStream()) {
			String type = icon.getPath().toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/svg+xml";
			return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes()));
		} catch (IOException e) {
			return Optional.empty(); // the catalog checked the icon at start-up; a vanished file only loses the picture
		}
	}

	private static Map<ClientCompany, List<Finding>> findingsByClient(Agency agency, List<Finding> findings) {
		Map<ClientCompany, List<Finding>> byClient = new LinkedHashMap<>();
		for (Finding finding : findings) {
			ClientCompany client = finding.elements().isEmpty() ? null : clientOf(finding.elements().get(0));
			byClient.computeIfAbsent(client, c -> new ArrayList<>()).add(finding);
		}
		return byClient;
	}

	private static ClientCompany clientOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof ClientCompany client) {
				return client;
			}
		}
		return null;
	}

	private static void definition(Html html, String term, String value) {
		if (value != null && !value.isBlank()) {
			html.element("dt", term).element("dd", value);
		}
	}

	private static String summary(List<Finding> findings) {
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning." : " warnings.");
	}

	private static String name(EObject element) {
		if (element instanceof ModelElement named) {
			return Labels.name(named);
		}
		return element == null ? "" : element.eClass().getName();
	}
}
