package org.socialmap.compare.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;

/** A generated base and two edit scripts on it, saved as the three files a merge gets. */
record MergePair(int index, Path base, Path ours, Path theirs, EditScript ourEdits, EditScript theirEdits) {

	static final long SEED = 20261201L;
	static final int COUNT = 300;
	private static final int LONGEST_SCRIPT = 5;

	/** The same pairs for every test: one seeded sequence. */
	static List<MergePair> generate(Path folder) throws IOException, SocialmapFileException {
		Random random = new Random(SEED);
		List<MergePair> pairs = new ArrayList<>();
		for (int index = 0; index < COUNT; index++) {
			Path pairFolder = Files.createDirectories(folder.resolve("pair-" + index));
			Path base = save(GeneratedMaps.agency(random), pairFolder.resolve("base.socialmap"));
			EditScript ourEdits = EditScript.random(random, 1 + random.nextInt(LONGEST_SCRIPT));
			EditScript theirEdits = EditScript.random(random, 1 + random.nextInt(LONGEST_SCRIPT));
			Agency ours = SocialmapFiles.load(base);
			ourEdits.applyTo(ours);
			Agency theirs = SocialmapFiles.load(base);
			theirEdits.applyTo(theirs);
			pairs.add(new MergePair(index, base, save(ours, pairFolder.resolve("ours.socialmap")),
					save(theirs, pairFolder.resolve("theirs.socialmap")), ourEdits, theirEdits));
		}
		return pairs;
	}

	/** Into a new file, through Socialmap's own resource. */
	static Path save(Agency agency, Path file) throws IOException {
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(agency);
		resource.save(null);
		return file;
	}
}
