package org.socialmap.cli.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modellers' branches of the shipped example merged by a real {@code git merge}, through the
 * drivers {@code socialmap git-setup} installs: a merge Git's line merge would conflict on comes out
 * clean, and a real conflict leaves a model that loads, with ours, and the conflicts beside it.
 */
class GitDriversTest {

	private static final String MODEL = "models/map.socialmap";
	private static final String ATTRIBUTES = "*.socialmap diff=socialmap merge=socialmap\n*.smlayout merge=socialmap\n";
	private static final String BEFORE_LINKS = "    <links\n        source=\"company-site\"";
	private static final String TWITTER_CADENCE = "audience=\"Event attendees and the press\"\n        cadence=\"real-time\"";

	@TempDir
	static Path cache;
	@TempDir
	Path repository;
	@TempDir
	Path example;

	private SocialmapScript socialmap;

	@BeforeEach
	void repositoryWithTheExample() throws Exception {
		socialmap = SocialmapScript.installed(cache);
		git("init", "-q", "-b", "main");
		git("config", "user.name", "Modeller");
		git("config", "user.email", "modeller@example.org");
		Files.createDirectories(repository.resolve("models"));
		Files.copy(ExampleModels.articleMap(example), repository.resolve(MODEL));
		SocialmapScript.Result setup = socialmap.run("git-setup", repository.toString());
		assertEquals(0, setup.exitCode(), setup::toString);
		git("add", ".");
		git("commit", "-q", "-m", "The article's map");
	}

	@Test
	void gitSetupWritesTheAttributesAndTheDrivers() throws Exception {
		assertEquals(ATTRIBUTES, Files.readString(repository.resolve(".gitattributes")));
		assertTrue(git("config", "merge.socialmap.driver").endsWith(" merge --path %P %O %A %B\n"));
		assertTrue(git("config", "diff.socialmap.command").endsWith(" diff\n"));
		assertEquals(0, socialmap.run("git-setup", repository.toString()).exitCode());
		assertEquals(ATTRIBUTES, Files.readString(repository.resolve(".gitattributes")),
				"a second run adds nothing");
	}

	@Test
	void presencesAddedAtTheSamePlaceOnTwoBranchesMergeCleanly() throws Exception {
		branch("account", edit -> edit.replace(BEFORE_LINKS, presence("instagram", "Instagram profile") + BEFORE_LINKS));
		branch("community", edit -> edit.replace(BEFORE_LINKS, presence("linkedin", "LinkedIn page") + BEFORE_LINKS));

		git("checkout", "-q", "account");
		git("merge", "-q", "--no-edit", "community");

		String merged = Files.readString(repository.resolve(MODEL));
		assertTrue(merged.indexOf("id=\"instagram\"") < merged.indexOf("id=\"linkedin\""), "both, ours first:\n" + merged);
		SocialmapScript.Result validate = socialmap.run("validate", repository.resolve(MODEL).toString());
		assertTrue(validate.exitCode() < 2, validate::toString);
		assertFalse(Files.exists(repository.resolve(MODEL + ".conflicts")));
		assertEquals("", git("status", "--porcelain"), "nothing left over in the work tree");
		String diff = git("diff", "main", "--", MODEL);
		assertTrue(diff.contains("socialmap diff a/" + MODEL + " b/" + MODEL + "\n"), diff);
		assertTrue(diff.contains("Presence 'LinkedIn page' added to Client 'Officina Digitale'\n"), diff);
	}

	@Test
	void oneCadenceChangedDifferentlyIsAConflictThatKeepsOursAndLoads() throws Exception {
		branch("account", edit -> edit.replace(TWITTER_CADENCE, TWITTER_CADENCE.replace("real-time", "daily")));
		branch("community", edit -> edit.replace(TWITTER_CADENCE, TWITTER_CADENCE.replace("real-time", "weekly")));

		git("checkout", "-q", "account");
		GitRun merge = gitRun("merge", "--no-edit", "community");

		assertEquals(1, merge.exitCode(), merge.output());
		assertTrue(Files.readString(repository.resolve(MODEL)).contains(TWITTER_CADENCE.replace("real-time", "daily")));
		assertEquals("merge of " + MODEL + ": 1 conflict, ours kept at each\n"
				+ "Presence 'Twitter account' (client 'Officina Digitale'): cadence: ours daily, theirs weekly; kept ours\n",
				Files.readString(repository.resolve(MODEL + ".conflicts")));
		assertEquals(0, socialmap.run("validate", repository.resolve(MODEL).toString()).exitCode(), "it loads");
		assertTrue(git("status", "--porcelain").contains("UU " + MODEL), "Git knows the file is unmerged");
	}

	private interface Edit {
		String apply(String model);
	}

	/** A branch off main with one commit that edits the model's text. */
	private void branch(String name, Edit edit) throws Exception {
		git("checkout", "-q", "-b", name, "main");
		Path model = repository.resolve(MODEL);
		String before = Files.readString(model);
		String after = edit.apply(before);
		assertFalse(before.equals(after), "the edit changes the model");
		Files.writeString(model, after);
		git("commit", "-q", "-a", "-m", "Edit on " + name);
	}

	private static String presence(String id, String name) {
		return "    <presences\n        id=\"" + id + "\"\n        name=\"" + name + "\"\n        platform=\"" + id + "\"/>\n";
	}

	private String git(String... args) throws Exception {
		GitRun run = gitRun(args);
		assertEquals(0, run.exitCode(), () -> "git " + String.join(" ", args) + ":\n" + run.output());
		return run.output();
	}

	/** Git with the test's cache for the socialmap it runs as a driver. */
	private GitRun gitRun(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("HOME", cache.toString());
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "git " + String.join(" ", args) + " ended");
		return new GitRun(process.exitValue(), output);
	}

	private record GitRun(int exitCode, String output) {
	}
}
