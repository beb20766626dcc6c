package org.socialmap.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.compare.ModelDiff;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;

/**
 * Git's own line merge ({@code git merge-file}) on the pairs {@link MergePropertiesTest} merges, for
 * comparison: how often it conflicts, how often its clean result does not load, and how often a
 * result that loads is another model than the model merge gives. The figures go to the test's
 * output and to {@code target/merge-rates.txt}; docs/collaboration.md quotes them.
 */
class GitLineMergeTest {

	@TempDir
	Path folder;

	@Test
	void gitsLineMergeOnTheSamePairs() throws Exception {
		int modelConflicts = 0;
		int gitConflicts = 0;
		int gitUnloadable = 0;
		int gitOtherModel = 0;
		List<MergePair> pairs = MergePair.generate(folder);
		for (MergePair pair : pairs) {
			Agency ours = SocialmapFiles.load(pair.ours());
			modelConflicts += Merging.merge(SocialmapFiles.load(pair.base()), ours, SocialmapFiles.load(pair.theirs())).isEmpty() ? 0 : 1;
			Path byGit = pair.ours().resolveSibling("git-merged.socialmap");
			int exitCode = gitMergeFile(pair, byGit);
			assertTrue(exitCode >= 0 && exitCode < 128, "git merge-file failed on pair " + pair.index() + ": exit code " + exitCode);
			if (exitCode > 0) {
				gitConflicts++;
				continue;
			}
			try {
				gitOtherModel += ModelDiff.between(SocialmapFiles.load(byGit), ours).isEmpty() ? 0 : 1;
			} catch (SocialmapFileException e) {
				gitUnloadable++;
			}
		}
		String figures = String.format(Locale.ROOT, """
				%d seeded pairs of edit scripts (seed %d)
				model merge: %d conflicted (%.1f%%); every result loads
				git merge-file: %d conflicted (%.1f%%), %d clean but not loading (%.1f%%), %d clean and loading but another model than the model merge (%.1f%%)
				""", pairs.size(), MergePair.SEED, modelConflicts, percent(modelConflicts, pairs.size()), gitConflicts,
				percent(gitConflicts, pairs.size()), gitUnloadable, percent(gitUnloadable, pairs.size()), gitOtherModel,
				percent(gitOtherModel, pairs.size()));
		System.out.print(figures);
		Files.writeString(Files.createDirectories(Path.of("target")).resolve("merge-rates.txt"), figures);
		assertEquals(MergePair.COUNT, pairs.size());
	}

	/** Git's exit code: the number of conflicts (capped at 127), or a failure from 128 on. */
	private static int gitMergeFile(MergePair pair, Path output) throws IOException, InterruptedException {
		Process git = new ProcessBuilder("git", "merge-file", "-p", "-q", pair.ours().toString(), pair.base().toString(),
				pair.theirs().toString()).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		return git.waitFor();
	}

	private static double percent(int count, int total) {
		return 100.0 * count / total;
	}
}
