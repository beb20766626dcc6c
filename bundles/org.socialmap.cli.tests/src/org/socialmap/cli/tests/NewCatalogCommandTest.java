package org.socialmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code socialmap sdk new-catalog}: the project it writes from the template in the CLI bundle, with the
 * plug-in's names in place, and what it refuses. The project's build itself is run by
 * releng/scripts/build-extender-template in CI.
 */
class NewCatalogCommandTest {

	@TempDir
	Path temp;

	@Test
	void writesTheProjectWithTheNamesSubstituted() throws IOException {
		Path project = temp.resolve("agency");
		CliRun run = CliRun.of("sdk", "new-catalog", "--dir", project.toString(), "--site", temp.toString(), "com.agency.catalog");

		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("./mvnw -B verify"), run.toString());
		for (String file : List.of("pom.xml", "README.md", ".gitignore", "mvnw", ".mvn/extensions.xml", ".mvn/wrapper/maven-wrapper.properties",
				"com.agency.catalog.target/com.agency.catalog.target.target", "com.agency.catalog/plugin.xml",
				"com.agency.catalog/catalog/catalog.xml", "com.agency.catalog/icons/network.svg",
				"com.agency.catalog.tests/META-INF/MANIFEST.MF", "com.agency.catalog.feature/feature.xml",
				"com.agency.catalog.repository/category.xml")) {
			assertTrue(Files.isRegularFile(project.resolve(file)), file);
		}
		assertTrue(Files.isExecutable(project.resolve("mvnw")));
		String rule = Files.readString(project.resolve("com.agency.catalog/src/com/agency/catalog/CatalogRule.java"));
		assertTrue(rule.startsWith("package com.agency.catalog;") && rule.contains("public final class CatalogRule implements Rule"), rule);
		assertTrue(Files.readString(project.resolve("com.agency.catalog.tests/src/com/agency/catalog/tests/CatalogTest.java"))
				.contains("class CatalogTest"));
		assertTrue(Files.readString(project.resolve("com.agency.catalog/plugin.xml")).contains("class=\"com.agency.catalog.CatalogRule\""));
		assertTrue(Files.readString(project.resolve(".mvn/maven.config")).contains("-Dsocialmap.site=" + temp.toUri()));
		assertNoPlaceholderLeft(project);
	}

	@Test
	void refusesInvalidNamesInWordsAndWritesNothing() {
		for (String name : List.of("catalog", "Com.Agency.Catalog", "com.agency-x.catalog", "com..catalog", "com.agency.",
				"com.1agency", "com.agency.class", "org.socialmap.mine")) {
			Path project = temp.resolve("p");
			CliRun run = CliRun.of("sdk", "new-catalog", "--dir", project.toString(), "--site", temp.toString(), name);

			assertEquals(2, run.exitCode(), name + ": " + run);
			assertTrue(run.err().contains("'" + name + "' is not a valid plug-in name: "), run.toString());
			assertFalse(Files.exists(project), name);
		}
	}

	@Test
	void refusesAFolderThatIsNotEmpty() throws IOException {
		Path project = Files.createDirectories(temp.resolve("taken"));
		Files.writeString(project.resolve("notes.txt"), "mine");

		CliRun run = CliRun.of("sdk", "new-catalog", "--dir", project.toString(), "--site", temp.toString(), "com.agency.catalog");

		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("folder " + project + " already exists and is not empty"), run.toString());
		try (Stream<Path> files = Files.list(project)) {
			assertEquals(List.of(project.resolve("notes.txt")), files.toList());
		}
	}

	@Test
	void writesIntoAnEmptyFolderAndNamesClassesAfterTheLastWord() throws IOException {
		Path project = Files.createDirectories(temp.resolve("empty"));

		CliRun run = CliRun.of("sdk", "new-catalog", "--dir", project.toString(), "--site", "https://sites.example/socialmap/1.0",
				"com.agency.nordic2");

		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(Files.isRegularFile(project.resolve("com.agency.nordic2/src/com/agency/nordic2/Nordic2Rule.java")));
		assertTrue(Files.readString(project.resolve(".mvn/maven.config")).contains("-Dsocialmap.site=https://sites.example/socialmap/1.0"));
	}

	@Test
	void refusesASiteFolderThatDoesNotExist() {
		CliRun run = CliRun.of("sdk", "new-catalog", "--dir", temp.resolve("p").toString(), "--site", temp.resolve("nowhere").toString(),
				"com.agency.catalog");

		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("no such folder"), run.toString());
	}

	private static void assertNoPlaceholderLeft(Path project) throws IOException {
		try (Stream<Path> files = Files.walk(project)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String path = project.relativize(file).toString();
				assertFalse(path.contains("__") || path.contains("_dot_"), path);
				assertFalse(Files.readString(file).contains("@@"), path);
			}
		}
	}
}
