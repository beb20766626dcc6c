package org.socialmap.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.compare.Change;
import org.socialmap.compare.Conflict;
import org.socialmap.compare.ModelDiff;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFiles;

/**
 * The merge's properties on {@value MergePair#COUNT} seeded pairs of edit scripts on generated maps:
 * every result loads; where the scripts overlap nowhere (no conflict, no feature both set, no element
 * both created) the result is both scripts applied one after the other; where they overlap the conflicts name exactly the overlapping places; and
 * merging the result again changes nothing.
 */
class MergePropertiesTest {

	@TempDir
	Path folder;

	@Test
	void mergesOfSeededEditScripts() throws Exception {
		int clean = 0;
		int disjoint = 0;
		for (MergePair pair : MergePair.generate(folder)) {
			Agency ours = SocialmapFiles.load(pair.ours());
			List<Conflict> conflicts = Merging.merge(SocialmapFiles.load(pair.base()), ours, SocialmapFiles.load(pair.theirs()));
			Path result = MergePair.save(ours, pair.ours().resolveSibling("merged.socialmap"));
			Agency merged = SocialmapFiles.load(result);
			String about = "pair " + pair.index() + ", conflicts " + Merging.texts(conflicts);

			Set<String> expected = OverlappingPlaces.between(SocialmapFiles.load(pair.base()), SocialmapFiles.load(pair.ours()),
					SocialmapFiles.load(pair.theirs()));
			assertEquals(expected, places(conflicts), about);
			assertEquals(conflicts.size(), places(conflicts).size(), "each place once: " + about);
			if (expected.isEmpty() && disjoint(pair)) {
				disjoint++;
				Agency oneAfterTheOther = SocialmapFiles.load(pair.base());
				pair.ourEdits().applyTo(oneAfterTheOther);
				pair.theirEdits().applyTo(oneAfterTheOther);
				assertEquals(List.of(), ModelDiff.between(oneAfterTheOther, merged).stream().map(Change::text).toList(), about);
			}

			clean += conflicts.isEmpty() ? 1 : 0;
			Merging.merge(SocialmapFiles.load(pair.base()), merged, SocialmapFiles.load(pair.theirs()));
			assertEquals(Files.readString(result), ExampleMap.text(merged), "merged again: " + about);
		}
		assertTrue(clean > MergePair.COUNT / 5 && clean < MergePair.COUNT * 4 / 5 && disjoint > MergePair.COUNT / 5,
				"the pairs mix clean and conflicting merges: " + clean + " clean, " + disjoint + " disjoint");
	}

	/** No feature both scripts set, no element both created: replaying one script after the other then means the same. */
	private static boolean disjoint(MergePair pair) throws Exception {
		return java.util.Collections.disjoint(pair.ourEdits().sets(), pair.theirEdits().sets()) && !OverlappingPlaces
				.createdOnBothSides(SocialmapFiles.load(pair.base()), SocialmapFiles.load(pair.ours()), SocialmapFiles.load(pair.theirs()));
	}

	private static Set<String> places(List<Conflict> conflicts) {
		Set<String> places = new TreeSet<>();
		conflicts.forEach(conflict -> places.add(conflict.key() + " " + (conflict.feature() == null ? "-" : conflict.feature())));
		return places;
	}
}
