package org.socialmap.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialmap.compare.tests.ExampleMap.member;
import static org.socialmap.compare.tests.ExampleMap.officina;
import static org.socialmap.compare.tests.ExampleMap.presence;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.compare.Change;
import org.socialmap.compare.ModelDiff;
import org.socialmap.model.Agency;
import org.socialmap.model.Cadence;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.Team;
import org.socialmap.tests.common.ModelBuilder;

/** The changes between two versions of the example, each named as a modeller reads it. */
class ModelDiffTest {

	@TempDir
	Path folder;

	private Agency before;
	private Agency after;

	@BeforeEach
	void loadTwice() throws Exception {
		before = ExampleMap.load(folder);
		after = ExampleMap.load(folder);
	}

	@Test
	void equalModelsHaveNoChange() {
		assertEquals(List.of(), ModelDiff.between(before, after));
	}

	@Test
	void anAttributeChangeNamesTheElementItsClientAndBothValues() {
		presence(after, "twitter-account").setCadence(Cadence.WEEKLY);
		member(after, "luca").setWeeklyHours(2.5);

		assertEquals(List.of(
				"Presence 'Twitter account' (client 'Officina Digitale'): cadence real-time -> weekly",
				"Member 'Luca' (client 'Officina Digitale'): weeklyHours 2 -> 2.5"), texts());
	}

	@Test
	void anAddedElementIsOneChangeWhateverItHolds() {
		Team content = ModelBuilder.team(officina(after), "content-team");
		content.setName("Content");
		ModelBuilder.member(content, "Giulia", 4);
		ModelBuilder.curation(presence(after, "facebook-page"), member(after, "sara"), CurationRole.CONTRIBUTOR, 1);

		assertEquals(List.of(
				"Curation of 'Sara' added to Presence 'Facebook page' (client 'Officina Digitale')",
				"Team 'Content' added to Client 'Officina Digitale'"), texts());
	}

	@Test
	void aRemovedElementAndTheReferencesToItAreNamed() {
		Objective awareness = (Objective) ExampleMap.element(after, "brand-awareness");
		awareness.getPresences().remove(presence(after, "anobii-library"));
		officina(after).getObjectives().remove(ExampleMap.element(after, "relational-basin"));

		assertEquals(List.of(
				"Objective 'A relational basin' removed from Client 'Officina Digitale'",
				"Objective 'Brand awareness in the long run' (client 'Officina Digitale'): presences "
						+ "['Facebook page', 'YouTube channel', 'Twitter account', 'aNobii library', 'Flickr photostream', 'FriendFeed'] -> "
						+ "['Facebook page', 'YouTube channel', 'Twitter account', 'Flickr photostream', 'FriendFeed']"),
				texts());
	}

	@Test
	void aMemberMovedToAnotherTeamIsAMoveNotARemovalAndAnAddition() {
		Team content = ModelBuilder.team(officina(after), "content-team");
		content.setName("Content");
		Member chiara = member(after, "chiara");
		content.getMembers().add(chiara);

		assertEquals(List.of(
				"Team 'Content' added to Client 'Officina Digitale'",
				"Member 'Chiara' moved from Team 'Social media team' (client 'Officina Digitale') to Team 'Content' (client 'Officina Digitale')"),
				texts());
	}

	@Test
	void renamingIsAChangeOfTheNameNotAnotherElement() {
		member(after, "chiara").setName("Chiara R.");

		assertEquals(List.of("Member 'Chiara R.' (client 'Officina Digitale'): name 'Chiara' -> 'Chiara R.'"), texts());
	}

	@Test
	void aNewOrderOfTheSameElementsIsAChange() {
		ECollections.reverse(officina(after).getPresences());
		after.getClients().get(0).getLinks().get(0).setNote(null);

		List<Change> changes = ModelDiff.between(before, after);

		assertEquals(List.of(
				"Client 'Officina Digitale': order of presences changed",
				"Link 'Company website' \u2192 'Facebook page' (client 'Officina Digitale'): note 'The website's way in to the social platforms' -> (none)"),
				changes.stream().map(Change::text).toList());
		assertEquals(Change.Kind.REORDERED, changes.get(0).kind());
		assertEquals("id:officina", changes.get(0).key());
	}

	@Test
	void anAffinityIsKnownByItsPlatformOrKind() {
		member(after, "luca").getAffinities().get(1).setStrength(org.socialmap.model.AffinityStrength.STRONG);

		assertEquals(List.of("Affinity with youtube of Member 'Luca' (client 'Officina Digitale'): strength weak -> strong"), texts());
	}

	private List<String> texts() {
		return ModelDiff.between(before, after).stream().map(Change::text).toList();
	}
}
