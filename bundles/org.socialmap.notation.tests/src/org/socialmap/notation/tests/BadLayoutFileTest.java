package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialmap.model.io.FileChangedException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.Layout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.io.LayoutWarning;
import org.socialmap.notation.io.OpenedLayout;
import org.socialmap.notation.lookup.LayoutLookup;

/**
 * A layout file that cannot be used never stops its model from opening: the layout starts empty,
 * the user is told once, in words, and the file stays as it is until the layout is saved.
 */
class BadLayoutFileTest {

	private static final String SET_ASIDE = "; the diagrams are laid out automatically, and the file is left as it is";

	/** The start of a layout of the example's client: its map diagram's first node ends on line 10. */
	private static final String START = """
			<?xml version="1.0" encoding="UTF-8"?>
			<notation:Layout
			    xmi:version="2.0"
			    xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:notation="%s">
			  <diagrams
			      client="officina"%s>
			    <nodes
			        element="company-site"
			        x="%s"/>
			""";
	private static final String END = """
			  </diagrams>
			</notation:Layout>
			""";
	private static final String NAMESPACE = "http://www.socialmap.org/notation/1.0";

	@TempDir
	Path folder;

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("not XML", "this is not a layout\n", 1, "not well-formed XML: Content is not allowed in prolog."),
				Arguments.of("empty", "\n", 0, "the file is empty"),
				Arguments.of("truncated", START.formatted(NAMESPACE, "", "10.0").split("cina")[0], 7,
						"the file ends before the layout does; it looks truncated"),
				Arguments.of("a DOCTYPE", START.formatted(NAMESPACE, "", "10.0").replace("<notation:Layout",
						"<!DOCTYPE layout [ <!ENTITY e SYSTEM \"file:///etc/hostname\"> ]>\n<notation:Layout") + END, 2,
						"it declares a DOCTYPE; Socialmap files never do, so it is refused and no entity in it is resolved"),
				Arguments.of("another namespace", START.formatted("http://www.socialmap.org/notation/2.0", "", "10.0") + END, 5,
						"not a Socialmap layout: it uses the namespace 'http://www.socialmap.org/notation/2.0' where Socialmap"
								+ " layout files use 'http://www.socialmap.org/notation/1.0'"),
				Arguments.of("not a number", START.formatted(NAMESPACE, "", "left") + END, 10,
						"NodeLayout of DiagramLayout of a Layout: x 'left' is not a number"),
				Arguments.of("an unknown diagram type", START.formatted(NAMESPACE, "\n      type=\"gantt\"", "10.0") + END, 8,
						"DiagramLayout of a Layout: type 'gantt' is not one of: map, team, matrix"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aFileThatIsNoLayoutGivesAnEmptyLayoutAndOneWarning(String what, String text, int line, String reason) throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.writeString(folder.resolve("acme.smlayout"), text);

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(), opened.layout().getDiagrams());
		assertEquals(1, opened.warnings().size(), opened.warnings().toString());
		LayoutWarning warning = opened.warnings().get(0);
		assertEquals(layoutFile + (line > 0 ? ":" + line : "") + ": " + reason + SET_ASIDE, warning.message());
		assertEquals(line, warning.line());
		assertEquals(text, Files.readString(layoutFile));
		assertEquals(List.of("acme.smlayout", "acme.socialmap"), ModelFolder.files(folder), "nothing was written");
	}

	@Test
	void aModelInPlaceOfTheLayoutIsNamed() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.smlayout");

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(layoutFile + ": not a Socialmap layout: it should hold one Layout, but holds an Agency" + SET_ASIDE),
				messages(opened));
		assertEquals(List.of(), opened.layout().getDiagrams());
	}

	@Test
	void aFolderInPlaceOfTheLayoutIsNamed() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.createDirectory(folder.resolve("acme.smlayout"));

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(layoutFile + ": is a directory, not a layout file" + SET_ASIDE), messages(opened));
		assertEquals(List.of(), opened.layout().getDiagrams());
	}

	@Test
	void anExternalEntityIsNeverRead() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-VALUE");
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Files.writeString(folder.resolve("acme.smlayout"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE layout [ <!ENTITY secret SYSTEM "%s"> ]>
				<notation:Layout xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:notation="%s">
				  <diagrams client="&secret;"/>
				</notation:Layout>
				""".formatted(secret.toUri(), NAMESPACE));

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(1, opened.warnings().size());
		assertTrue(opened.warnings().get(0).reason().startsWith("it declares a DOCTYPE"), opened.warnings().toString());
		assertFalse(opened.warnings().toString().contains("TOP-SECRET-VALUE"), opened.warnings().toString());
		assertEquals(List.of(), opened.layout().getDiagrams());
	}

	@Test
	void aBadFileIsReplacedWhenTheLayoutIsSaved() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.writeString(folder.resolve("acme.smlayout"), "this is not a layout\n");
		Layout layout = LayoutFiles.open(model, SocialmapFiles.load(model)).layout();
		LayoutLookup.diagram(layout, "officina", DiagramType.TEAM).setFindingsOnly(true);

		layout.eResource().save(null);

		OpenedLayout reopened = LayoutFiles.open(model, SocialmapFiles.load(model));
		assertEquals(List.of(), reopened.warnings());
		assertTrue(LayoutLookup.diagram(reopened.layout(), "officina", DiagramType.TEAM).isFindingsOnly());
		assertTrue(Files.readString(layoutFile).contains("findingsOnly=\"true\""));
	}

	@Test
	void aBadFileAnotherProgramChangedMeanwhileIsNotReplaced() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.writeString(folder.resolve("acme.smlayout"), "this is not a layout\n");
		Layout layout = LayoutFiles.open(model, SocialmapFiles.load(model)).layout();
		LayoutLookup.diagram(layout, "officina", DiagramType.MAP);
		byte[] theirs = "another program's text\n".getBytes(StandardCharsets.UTF_8);
		Files.write(layoutFile, theirs);

		FileChangedException refused = assertThrows(FileChangedException.class, () -> layout.eResource().save(null));

		assertEquals(layoutFile + " was changed by another program since it was opened; nothing was written", refused.getMessage());
		assertArrayEquals(theirs, Files.readAllBytes(layoutFile));
	}

	private static List<String> messages(OpenedLayout opened) {
		return opened.warnings().stream().map(LayoutWarning::message).toList();
	}
}
