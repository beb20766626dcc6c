package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** {@code socialmap report} through the real launcher, and the report opened in headless Chromium. */
class ReportCommandTest extends InstalledScriptTest {

	@Test
	void theReportOfTheArticlesMapOpensWithoutAnyRequestLeavingTheMachine() throws Exception {
		Path out = folder.resolve("report");
		Result result = socialmap.run("report", ExampleModels.articleMap(folder).toString(), "--out", out.toString());

		assertEquals(0, result.exitCode(), result::toString);
		Path report = out.resolve("social-media-in-azienda.html");
		assertEquals(report + "\n", result.out());
		String html = Files.readString(report);
		assertTrue(html.contains("Officina Digitale") && html.contains("Proposed curators"), html);
		assertEquals("", result.err(), "the diagrams were drawn");
		assertTrue(html.contains("<img alt=\"Social media map of Officina Digitale\" src=\"data:image/svg+xml;base64,")
				&& html.contains("<img alt=\"Team of Officina Digitale\" src=\"data:image/svg+xml;base64,"), html);

		HeadlessChromium.Visit visit = HeadlessChromium.open(report, folder);
		assertTrue(visit.dom().contains("Flickr photostream"), "Chromium rendered the report");
		assertEquals(List.of(), visit.pageRequests());
	}

	@Test
	void theRequestTrapSeesWhatAPageLoads() throws Exception {
		Path page = ExampleModels.write(folder.resolve("control.html"),
				"<html><body><img src=\"http://images.example.invalid/logo.png\"></body></html>");
		HeadlessChromium.Visit visit = HeadlessChromium.open(page, folder);
		assertEquals(1, visit.pageRequests().size(), visit.pageRequests().toString());
		assertTrue(visit.pageRequests().get(0).contains("images.example.invalid"));
	}

	@Test
	void anUnreadableModelWritesNoReport() throws Exception {
		Path broken = ExampleModels.write(folder.resolve("broken.socialmap"), "not a model");
		Path out = folder.resolve("report");
		Result result = socialmap.run("report", broken.toString(), "--out", out.toString());

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains(broken + ":1: not well-formed XML"), result.err());
		assertFalse(Files.exists(out));
	}
}
