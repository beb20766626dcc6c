package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Weekly hours no week holds, as a model file may give them: validate reports them as errors,
 * and assign and report still do their work. EMF reads an EDouble as Java parses a double, which
 * takes NaN and Infinity but not XML Schema's INF.
 */
class ImpossibleHoursTest {

	/** Ada's hours and those of her curation are the test's; Bo and Cy can take the open roles. */
	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<socialmap:Agency xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="agency" name="Agency">
			  <clients id="bottega" name="Bottega">
			    <presences id="facebook-page" name="Facebook page" platform="facebook">
			      <curations member="ada" role="owner" weeklyHours="HOURS"/>
			    </presences>
			    <presences id="flickr-photos" name="Flickr photos" platform="flickr"/>
			    <teams id="team" name="Team">
			      <members id="ada" name="Ada" weeklyHours="HOURS"/>
			      <members id="bo" name="Bo" weeklyHours="4"/>
			      <members id="cy" name="Cy" weeklyHours="4"/>
			    </teams>
			  </clients>
			</socialmap:Agency>
			""";

	@TempDir
	Path folder;

	@ParameterizedTest(name = "weeklyHours=\"{0}\"")
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "-3", "1e308" })
	void validateReportsThemAsErrors(String hours) throws IOException {
		Path model = model(hours);

		CliRun run = CliRun.of("validate", model.toString());

		assertEquals(1, run.exitCode(), run::toString);
		String written = hours.equals("1e308") ? "1.0E308" : hours;
		assertTrue(run.out().contains("  error   socialmap.model-integrity: Member 'Ada' has weeklyHours " + written
				+ ": give the hours a week as a number from 0 to 168.\n"), run::toString);
		assertTrue(run.out().contains("  error   socialmap.model-integrity: The owner curation of 'Facebook page' by 'Ada' has weeklyHours "
				+ written + ": give the hours a week as a number from 0 to 168.\n"), run::toString);
		assertEquals("", run.err());
	}

	/** Ada keeps her role but has no hours for another; no catalog is installed here, so platforms show by id. */
	@ParameterizedTest(name = "weeklyHours=\"{0}\"")
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "-3", "1e308" })
	void assignProposesTheMembersWhoHaveHours(String hours) throws IOException {
		CliRun run = CliRun.of("assign", model(hours).toString());

		assertEquals(new CliRun(0, """
				Bottega:
				  Facebook page: backup Bo \u2014 Bo: no affinity with Facebook; 2 of 4 h/week used
				  Flickr photos: owner Bo \u2014 Bo: no affinity with Flickr; 2 of 4 h/week used
				  Flickr photos: backup Cy \u2014 Cy: no affinity with Flickr; 1 of 4 h/week used
				""", ""), run);
	}

	@ParameterizedTest(name = "weeklyHours=\"{0}\"")
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "-3", "1e308" })
	void reportIsWrittenWithTheErrors(String hours) throws IOException {
		Path report = folder.resolve("report");

		CliRun run = CliRun.of("report", "--no-diagrams", "--out", report.toString(), model(hours).toString());

		assertEquals(new CliRun(0, report.resolve("team.html") + "\n", ""), run);
		String html = Files.readString(report.resolve("team.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Member &#39;Ada&#39; has weeklyHours "), html);
	}

	@Test
	void xmlSchemasInfIsNoNumberToEmf() throws IOException {
		Path model = model("INF");

		CliRun run = CliRun.of("validate", model.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("socialmap: " + model), run::toString);
	}

	private Path model(String hours) throws IOException {
		return Files.writeString(folder.resolve("team.socialmap"), MODEL.replace("HOURS", hours), StandardCharsets.UTF_8);
	}
}
