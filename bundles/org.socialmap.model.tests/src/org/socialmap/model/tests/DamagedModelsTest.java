package org.socialmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.tests.common.DamagedModels;
import org.socialmap.tests.common.DamagedModels.Variant;
import org.socialmap.tests.common.ExampleModels;

/**
 * Hundreds of damaged copies of the example models: each one either loads, or gets a message that
 * names the file and the line and says what is wrong in words; and no file is ever touched.
 */
class DamagedModelsTest {

	/** Fixed, so that a failing variant can be replayed; change it to explore other damage. */
	private static final long SEED = 20261207L;
	private static final int VARIANTS = 300;

	/** What Java's own texts look like: a qualified class name, an exception, an object's hash. */
	private static final Pattern JAVA_TEXT = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]|Exception|Error:|@[0-9a-f]{6,}");

	/** The only reasons that concern the whole file and so have no line (line 0). */
	private static final List<String> WHOLE_FILE_REASONS = List.of("the file is empty",
			"not a Socialmap model: it should hold one Agency");

	/** Long enough for any sentence with a cut value in it, far too short for a megabyte value echoed. */
	private static final int LONGEST_MESSAGE = 500;

	@TempDir
	Path folder;

	@Test
	void everyDamagedModelLoadsOrGetsAMessageWithFileLineAndReason() throws IOException {
		List<Variant> variants = new DamagedModels(SEED, ExampleModels.all()).variants(VARIANTS);
		int clear = 0;
		int loaded = 0;
		List<String> other = new ArrayList<>();
		for (int i = 0; i < variants.size(); i++) {
			Variant variant = variants.get(i);
			Path file = folder.resolve("variant-" + i + ".socialmap");
			Files.write(file, variant.content());
			String before = ContentHash.of(file);
			try {
				SocialmapFiles.load(file);
				loaded++;
			} catch (SocialmapFileException e) {
				String unclear = unclear(e, file);
				if (unclear == null) {
					clear++;
				} else {
					other.add(variant + ": " + unclear + ": " + e.getMessage().substring(0, Math.min(LONGEST_MESSAGE, e.getMessage().length())));
				}
			} catch (RuntimeException e) {
				other.add(variant + ": " + e);
			}
			assertEquals(before, ContentHash.of(file), variant + ": the file was rewritten");
			Files.delete(file);
		}
		System.out.printf("%d damaged models (seed %d): %d clear message, %d loaded, %d other%n", variants.size(), SEED,
				clear, loaded, other.size());
		assertEquals(List.of(), other, "messages without file, line or plain words");
	}

	/** What is wrong with the message, or null when it names the file and line and is in words. */
	private static String unclear(SocialmapFileException error, Path file) {
		String message = error.getMessage();
		String location = error.line() > 0 ? file + ":" + error.line() + ": " : file + ": ";
		if (!message.startsWith(location)) {
			return "no file and line";
		}
		String reason = message.substring(location.length());
		if (error.line() <= 0 && WHOLE_FILE_REASONS.stream().noneMatch(reason::startsWith)) {
			return "no line";
		}
		// Before the pattern, which takes minutes on a megabyte-long message.
		if (message.length() > LONGEST_MESSAGE) {
			return "too long";
		}
		return JAVA_TEXT.matcher(reason).find() ? "Java's own text" : null;
	}
}
