package org.socialmap.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.report.AuditReport;
import org.socialmap.report.ClientDiagrams;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;

/** The report of the article's example map, as the CLI writes it. */
class AuditReportTest {

	private static final Pattern RESOURCE_ATTRIBUTE = Pattern.compile("\\b(src|href|action|poster|srcset|data)\\s*=\\s*\"([^\"]*)\"");

	@TempDir
	Path folder;

	private final CatalogRegistry catalogs = Catalogs.registry();
	private Agency agency;
	private String html;

	@BeforeEach
	void renderTheExample() throws IOException {
		Path file = folder.resolve("social-media-in-azienda.socialmap");
		try (InputStream in = Platform.getBundle("org.socialmap.examples").getEntry("models/social-media-in-azienda.socialmap").openStream()) {
			Files.copy(in, file);
		}
		agency = SocialmapFiles.load(file);
		html = render(agency);
	}

	@Test
	void itHoldsTheInventoryFindingsTeamAndProposals() {
		for (String expected : List.of("Officina Digitale", "Cross-functional (Forrester)", "Online communication and web projects",
				"YouTube channel", "Shares the most interesting videos of the web", "https://www.facebook.com/officinadigitale",
				"FriendFeed", "platform closed 2015-04-09", "socialmap.closed-platform", "Proposed curators",
				"Luca", "Photo sharing (strong)", "Rules checked", "Every presence has a backup curator")) {
			assertTrue(html.contains(expected), "report lacks " + expected);
		}
	}

	@Test
	void itLoadsNothingFromAnywhere() {
		assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
		Matcher attribute = RESOURCE_ATTRIBUTE.matcher(html);
		int images = 0;
		while (attribute.find()) {
			assertEquals("src", attribute.group(1), attribute.group());
			assertTrue(attribute.group(2).startsWith("data:image/svg+xml;base64,"), attribute.group());
			images++;
		}
		assertTrue(images >= 6, "platform icons are inlined: " + images);
		for (String forbidden : List.of("<script", "<link", "<iframe", "<object", "<embed", "url(", "@import")) {
			assertFalse(html.toLowerCase().contains(forbidden), forbidden);
		}
	}

	@Test
	void valuesFromTheModelAreEscaped() {
		agency.getClients().get(0).getPresences().get(0).setName("<script>alert('x')</script>");
		String hostile = render(agency);
		assertFalse(hostile.contains("<script>"));
		assertTrue(hostile.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
	}

	@Test
	void diagramsAreImagesOfTheirSvgAndMissingOnesAreExplained() {
		ClientCompany first = agency.getClients().get(0);
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Facebook page</text></svg>";
		String html = render(agency, Map.of(first, ClientDiagrams.drawn(List.of(new ClientDiagrams.Picture("Social media map", svg)))));
		String data = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		assertTrue(html.contains("<img alt=\"Social media map of " + first.getName() + "\" src=\"" + data + "\">"), html);
		assertFalse(html.contains("<svg"), "no inline SVG markup: an image cannot run scripts");

		String without = render(agency, Map.of(first, ClientDiagrams.missing("no Chromium was found")));
		assertTrue(without.contains("The diagrams could not be drawn: no Chromium was found"));
	}

	private String render(Agency model) {
		return render(model, Map.of());
	}

	private String render(Agency model, Map<ClientCompany, ClientDiagrams> diagrams) {
		List<Finding> findings = Validation.validate(model, catalogs, RuleSettings.defaults(), Rules.installed());
		CuratorAssistant assistant = new CuratorAssistant(catalogs, RuleSettings.defaults());
		ClientCompany client = model.getClients().get(0);
		AssignmentResult proposals = assistant.propose(client, false);
		return new AuditReport(catalogs, Rules.installed()).render(model, "social-media-in-azienda.socialmap", findings, Map.of(client, proposals), diagrams);
	}
}
