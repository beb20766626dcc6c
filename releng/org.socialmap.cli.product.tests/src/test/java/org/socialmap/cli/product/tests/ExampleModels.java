package org.socialmap.cli.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Model files for the model commands' tests: the shipped example, and small ones written here. */
final class ExampleModels {

	/** Surefire runs in this module's folder. */
	private static final Path ARTICLE_MAP = Path.of("../../examples/org.socialmap.examples/models/social-media-in-azienda.socialmap");

	private ExampleModels() {
	}

	static Path articleMap(Path folder) {
		return copy(ARTICLE_MAP, folder.resolve("social-media-in-azienda.socialmap"));
	}

	/**
	 * Two presences, both curated by Ada alone, a second member with affinities but no curation: a
	 * single-curator error, two presences without backup, and a valid assignment with Bo as backup.
	 */
	static Path oneCuratorForEverything(Path folder) {
		return write(folder.resolve("one-curator.socialmap"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<socialmap:Agency xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="agency" name="Agency">
				  <clients id="shop" name="Shop" coreBusiness="Selling bikes" organisationModel="forrester.centralized">
				    <websites id="site" name="Shop website"/>
				    <presences id="ig" name="Instagram profile" platform="instagram" purpose="Shows the bikes"
				        coreBusinessContribution="Sells bikes">
				      <curations member="ada" weeklyHours="1.0"/>
				    </presences>
				    <presences id="fb" name="Facebook page" platform="facebook" purpose="Talks with riders"
				        coreBusinessContribution="Sells bikes">
				      <curations member="ada" weeklyHours="1.0"/>
				    </presences>
				    <links source="site" target="fb"/>
				    <teams id="team" name="Team">
				      <members id="ada" name="Ada" weeklyHours="4.0">
				        <affinities platformKind="social-network" strength="strong"/>
				        <affinities platformKind="photo" strength="strong"/>
				      </members>
				      <members id="bo" name="Bo" weeklyHours="4.0">
				        <affinities platformKind="photo"/>
				        <affinities platform="facebook"/>
				      </members>
				    </teams>
				  </clients>
				</socialmap:Agency>
				""");
	}

	/** A client whose team has a single member: no presence can have a backup. */
	static Path loneMember(Path folder) {
		return write(folder.resolve("lone-member.socialmap"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<socialmap:Agency xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:socialmap="http://www.socialmap.org/socialmap/1.0" id="agency" name="Agency">
				  <clients id="shop" name="Shop">
				    <presences id="ig" name="Instagram profile" platform="instagram"/>
				    <teams id="team" name="Team">
				      <members id="ada" name="Ada" weeklyHours="10.0"/>
				    </teams>
				  </clients>
				</socialmap:Agency>
				""");
	}

	static Path write(Path file, String text) {
		try {
			return Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path copy(Path from, Path to) {
		try {
			return Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
