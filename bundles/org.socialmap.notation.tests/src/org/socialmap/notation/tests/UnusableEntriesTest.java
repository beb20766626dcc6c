package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.Layout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.io.LayoutWarning;
import org.socialmap.notation.io.OpenedLayout;
import org.socialmap.notation.lookup.LayoutLookup;

/**
 * Entries a model cannot use (naming elements it does not have, or repeating an earlier entry) are
 * dropped with one warning for each of the two, and the rest of the layout is kept. The file stays
 * as it is until the layout is saved.
 */
class UnusableEntriesTest {

	private static final String DROPPED = "; they are dropped";

	@TempDir
	Path folder;

	@Test
	void anotherModelsLayoutIsDroppedWithOneWarning() throws IOException {
		Path other = ModelFolder.copy(ModelFolder.OTHER_EXAMPLE, Files.createDirectory(folder.resolve("other")), "other.socialmap");
		Agency otherModel = SocialmapFiles.load(other);
		SampleLayouts.fill(LayoutFiles.open(other, otherModel).layout(), otherModel).eResource().save(null);
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.copy(LayoutFiles.layoutPathFor(other), folder.resolve("acme.smlayout"));
		String before = Files.readString(layoutFile);

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(layoutFile + ":" + LayoutText.lineOf(layoutFile, "client=\"brauhaus\"")
				+ ": 2 entries name elements that acme.socialmap does not have (the map diagram of 'brauhaus', "
				+ "the team diagram of 'brauhaus')" + DROPPED), messages(opened));
		assertEquals(List.of(), opened.layout().getDiagrams());
		assertEquals(before, Files.readString(layoutFile), "the file was written");
	}

	@Test
	void entriesOfDeletedElementsAreDroppedAndTheRestKept() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Agency agency = SocialmapFiles.load(model);
		SampleLayouts.fill(LayoutFiles.open(model, agency).layout(), agency).eResource().save(null);
		ClientCompany client = agency.getClients().get(0);
		Presence photos = client.getPresences().stream().filter(presence -> presence.getId().equals("flickr-photos")).findFirst()
				.orElseThrow();
		int curations = photos.getCurations().size();
		client.getLinks().removeIf(link -> link.getSource() == photos || link.getTarget() == photos);
		EcoreUtil.delete(photos, true);
		agency.eResource().save(null);
		Path layoutFile = LayoutFiles.layoutPathFor(model);
		String before = Files.readString(layoutFile);

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(layoutFile + ":" + LayoutText.lineOf(layoutFile, "element=\"flickr-photos\"") + ": " + (4 + curations)
				+ " entries name elements that acme.socialmap does not have ('flickr-photos', "
				+ "'link:facebook-page:aggregates:flickr-photos', 'link:friendfeed-aggregator:aggregates:flickr-photos' and "
				+ (1 + curations) + " more)" + DROPPED), messages(opened));
		DiagramLayout map = LayoutLookup.diagram(opened.layout(), "officina", DiagramType.MAP);
		assertNull(LayoutLookup.node(map, "flickr-photos"));
		assertNotNull(LayoutLookup.node(map, "youtube-channel"));
		assertNotNull(LayoutLookup.edge(map, "link:friendfeed-aggregator:aggregates:youtube-channel"));
		assertEquals(before, Files.readString(layoutFile), "the file was written");
	}

	@Test
	void aCuratorFilterOfAMemberNoLongerThereIsCleared() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.writeString(folder.resolve("acme.smlayout"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<notation:Layout
				    xmi:version="2.0"
				    xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:notation="http://www.socialmap.org/notation/1.0">
				  <diagrams
				      client="officina"
				      type="team"
				      curator="nobody"
				      hideClosed="true"/>
				</notation:Layout>
				""");

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(layoutFile + ":10: an entry names an element that acme.socialmap does not have ('nobody'); it is dropped"),
				messages(opened));
		DiagramLayout team = LayoutLookup.diagram(opened.layout(), "officina", DiagramType.TEAM);
		assertNull(team.getCurator());
		assertEquals(true, team.isHideClosed());
	}

	@Test
	void ofRepeatedEntriesTheFirstIsKept() throws IOException {
		Path model = ModelFolder.copy(ModelFolder.EXAMPLE, folder, "acme.socialmap");
		Path layoutFile = Files.writeString(folder.resolve("acme.smlayout"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<notation:Layout
				    xmi:version="2.0"
				    xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:notation="http://www.socialmap.org/notation/1.0">
				  <diagrams
				      client="officina">
				    <nodes
				        element="company-site"
				        x="10.0"/>
				    <nodes
				        element="company-site"
				        x="20.0"/>
				    <edges
				        element="link:company-site:gateway:facebook-page"/>
				    <edges
				        element="link:company-site:gateway:facebook-page"/>
				  </diagrams>
				  <diagrams
				      client="officina"
				      hideClosed="true"/>
				</notation:Layout>
				""");
		String before = Files.readString(layoutFile);

		OpenedLayout opened = LayoutFiles.open(model, SocialmapFiles.load(model));

		assertEquals(List.of(layoutFile + ":13: 3 entries repeat one before them ('company-site', "
				+ "'link:company-site:gateway:facebook-page', the map diagram of 'officina'); only the first of each is kept"),
				messages(opened));
		Layout layout = opened.layout();
		assertEquals(1, layout.getDiagrams().size());
		DiagramLayout map = layout.getDiagrams().get(0);
		assertEquals(List.of(10.0), map.getNodes().stream().map(node -> node.getX()).toList());
		assertEquals(1, map.getEdges().size());
		assertEquals(false, map.isHideClosed());
		assertEquals(before, Files.readString(layoutFile), "the file was written");
	}

	private static List<String> messages(OpenedLayout opened) {
		return opened.warnings().stream().map(LayoutWarning::message).toList();
	}
}
