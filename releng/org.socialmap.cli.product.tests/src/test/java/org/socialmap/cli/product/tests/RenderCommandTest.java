package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.socialmap.cli.product.tests.SocialmapScript.Result;

/** {@code socialmap render} through the real launcher, with no display (headless Chromium). */
class RenderCommandTest extends InstalledScriptTest {

	@Test
	void theMapOfTheArticlesExampleAsSvgNamesItsPresencesAndInlinesTheirIcons() throws Exception {
		Path svg = folder.resolve("map.svg");
		Result result = socialmap.run("render", ExampleModels.articleMap(folder).toString(), "--diagram", "map", "--out",
				svg.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals(svg + "\n", result.out());
		String drawing = Files.readString(svg);
		assertTrue(drawing.startsWith("<svg") || drawing.startsWith("<?xml"), drawing.substring(0, 80));
		for (String presence : new String[] { "Facebook page", "YouTube channel", "Flickr photostream" }) {
			assertTrue(drawing.contains(presence), presence);
		}
		assertTrue(drawing.contains("data:image/svg+xml"), "icons inlined");
	}

	@Test
	void theTeamAsPng() throws Exception {
		Path png = folder.resolve("team.png");
		Result result = socialmap.run("render", ExampleModels.articleMap(folder).toString(), "--diagram", "team",
				"--format", "png", "--client", "officina", "--out", png.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(Files.readAllBytes(png), 4));
	}

	@Test
	void anUnknownClientIsNamedWithTheOnesThereAre() throws Exception {
		Path svg = folder.resolve("map.svg");
		Result result = socialmap.run("render", ExampleModels.articleMap(folder).toString(), "--diagram", "map",
				"--client", "acme", "--out", svg.toString());

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("the model has no client company 'acme'; its clients are: officina"), result.err());
		assertFalse(Files.exists(svg));
	}
}
