package org.socialmap.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmap.compare.tests.ExampleMap.member;
import static org.socialmap.compare.tests.ExampleMap.officina;
import static org.socialmap.compare.tests.ExampleMap.presence;
import static org.socialmap.compare.tests.Merging.merge;
import static org.socialmap.compare.tests.Merging.texts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.compare.Change;
import org.socialmap.compare.Conflict;
import org.socialmap.compare.ModelDiff;
import org.socialmap.compare.ModelMerge;
import org.socialmap.model.Agency;
import org.socialmap.model.Cadence;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.tests.common.ModelBuilder;

/** Three-way merges of versions of the example: what merges, what conflicts, and what the result keeps. */
class ModelMergeTest {

	@TempDir
	Path folder;

	private Agency base;
	private Agency ours;
	private Agency theirs;

	@BeforeEach
	void loadThreeVersions() throws Exception {
		base = ExampleMap.load(folder);
		ours = ExampleMap.load(folder);
		theirs = ExampleMap.load(folder);
	}

	@Test
	void differentFeaturesOfOneElementMergeCleanly() {
		presence(ours, "twitter-account").setCadence(Cadence.DAILY);
		presence(theirs, "twitter-account").setStatus(PresenceStatus.DORMANT);
		member(theirs, "luca").setName("Luca B.");

		assertEquals(List.of(), merge(base, ours, theirs));

		assertEquals(Cadence.DAILY, presence(ours, "twitter-account").getCadence());
		assertEquals(PresenceStatus.DORMANT, presence(ours, "twitter-account").getStatus());
		assertEquals("Luca B.", member(ours, "luca").getName());
	}

	@Test
	void oneFeatureChangedToDifferentValuesKeepsOursAndSaysSo() {
		presence(ours, "twitter-account").setCadence(Cadence.DAILY);
		presence(theirs, "twitter-account").setCadence(Cadence.WEEKLY);

		List<Conflict> conflicts = merge(base, ours, theirs);

		assertEquals(List.of("Presence 'Twitter account' (client 'Officina Digitale'): cadence: ours daily, theirs weekly; kept ours"),
				texts(conflicts));
		assertEquals("cadence", conflicts.get(0).feature());
		assertEquals("id:twitter-account", conflicts.get(0).key());
		assertEquals(Cadence.DAILY, presence(ours, "twitter-account").getCadence());
	}

	@Test
	void bothSidesAdditionsAreKeptOursFirst() {
		ModelBuilder.presence(officina(ours), "instagram", "instagram");
		ModelBuilder.presence(officina(theirs), "linkedin", "linkedin");
		ModelBuilder.presence(officina(theirs), "tiktok", "tiktok");

		assertEquals(List.of(), merge(base, ours, theirs));

		List<String> ids = officina(ours).getPresences().stream().map(Presence::getId).toList();
		assertEquals(List.of("facebook-page", "youtube-channel", "twitter-account", "anobii-library", "flickr-photos",
				"friendfeed-aggregator", "instagram", "linkedin", "tiktok"), ids);
	}

	@Test
	void aDeletionAgainstAnEditIsAConflictAndOursDecides() {
		presence(ours, "flickr-photos").setCadence(Cadence.MONTHLY);
		EcoreUtil.delete(presence(theirs, "flickr-photos"), true);
		EcoreUtil.delete(presence(ours, "anobii-library"), true);
		presence(theirs, "anobii-library").setHandle("officina");

		assertEquals(List.of(
				"Presence 'Flickr photostream' (client 'Officina Digitale'): ours changed cadence, theirs deleted it; kept ours",
				"Presence 'aNobii library' (client 'Officina Digitale'): ours deleted it, theirs changed handle; kept ours"),
				texts(merge(base, ours, theirs)));

		assertNotNull(ours.eResource().getEObject("flickr-photos"));
		assertNull(ours.eResource().getEObject("anobii-library"));
		ExampleMap.text(ours);
	}

	@Test
	void aCurationOfAMemberOursDeletedIsNotAddedAndTheResultSaves() {
		ExampleMap.deleteMember(member(ours, "paolo"));
		ModelBuilder.curation(presence(theirs, "twitter-account"), member(theirs, "paolo"), CurationRole.CONTRIBUTOR, 1);

		List<Conflict> conflicts = merge(base, ours, theirs);

		assertEquals(List.of("Curation of 'Paolo' on Presence 'Twitter account' (client 'Officina Digitale'): member: "
				+ "ours deleted Member 'Paolo', theirs refers to Member 'Paolo' (client 'Officina Digitale'); kept ours"), texts(conflicts));
		assertTrue(presence(ours, "twitter-account").getCurations().stream().allMatch(curation -> curation.getMember() != null));
		ExampleMap.text(ours);
	}

	@Test
	void aMemberTheirsDeletedStaysWhenOursGaveThemACuration() {
		ModelBuilder.curation(presence(ours, "twitter-account"), member(ours, "paolo"), CurationRole.CONTRIBUTOR, 1);
		ExampleMap.deleteMember(member(theirs, "paolo"));

		List<Conflict> conflicts = merge(base, ours, theirs);

		assertEquals(1, conflicts.size(), () -> texts(conflicts).toString());
		assertEquals("member", conflicts.get(0).feature());
		assertNotNull(ours.eResource().getEObject("paolo"));
		ExampleMap.text(ours);
	}

	@Test
	void aReferenceTheirsAddedToAPresenceOursDeletedIsDropped() {
		EcoreUtil.delete(presence(ours, "anobii-library"), true);
		Objective basin = (Objective) ExampleMap.element(theirs, "relational-basin");
		basin.getPresences().add(presence(theirs, "anobii-library"));

		List<Conflict> conflicts = merge(base, ours, theirs);

		assertEquals(List.of("presences"), conflicts.stream().map(Conflict::feature).toList());
		assertNull(ours.eResource().getEObject("anobii-library"));
		ExampleMap.text(ours);
	}

	@Test
	void elementsBothSidesCreatedWithOneIdDoNotClashSilently() {
		ModelBuilder.presence(officina(ours), "instagram", "instagram").setCadence(Cadence.DAILY);
		ModelBuilder.presence(officina(theirs), "instagram", "instagram").setCadence(Cadence.WEEKLY);
		ModelBuilder.presence(officina(ours), "mastodon", "mastodon");
		ModelBuilder.presence(officina(theirs), "mastodon", "mastodon");

		assertEquals(List.of("Presence 'instagram' (client 'Officina Digitale'): cadence: ours daily, theirs weekly; kept ours"),
				texts(merge(base, ours, theirs)));
		assertEquals(8, officina(ours).getPresences().size(), "one of each is kept");
	}

	@Test
	void theMergeIsOneUndoableCommand() {
		String before = ExampleMap.text(ours);
		presence(theirs, "twitter-account").setCadence(Cadence.WEEKLY);
		ModelBuilder.presence(officina(theirs), "linkedin", "linkedin");
		ExampleMap.deleteMember(member(theirs, "paolo"));
		EditingDomain domain = SocialmapEditing.createDomain(ours.eResource().getResourceSet());

		domain.getCommandStack().execute(ModelMerge.of(base, ours, theirs).command());
		assertEquals(List.of(), ModelDiff.between(theirs, ours).stream().map(Change::text).toList());
		domain.getCommandStack().undo();

		assertEquals(before, ExampleMap.text(ours));
	}

	@Test
	void mergingTheResultAgainChangesNothing() {
		presence(ours, "twitter-account").setCadence(Cadence.DAILY);
		presence(theirs, "twitter-account").setCadence(Cadence.WEEKLY);
		ModelBuilder.presence(officina(ours), "instagram", "instagram");
		ModelBuilder.presence(officina(theirs), "linkedin", "linkedin");
		merge(base, ours, theirs);
		String once = ExampleMap.text(ours);

		merge(base, ours, theirs);

		assertEquals(once, ExampleMap.text(ours));
	}
}
