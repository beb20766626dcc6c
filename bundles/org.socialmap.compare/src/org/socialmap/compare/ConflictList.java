package org.socialmap.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.socialmap.model.io.AtomicFileWriter;

/**
 * The conflicts of a model's last merge, in the file beside it ({@code NAME.conflicts}): a heading,
 * then one conflict a line ({@link Conflict#text()}). The command line writes it, people read it,
 * the workbench marks the model with its conflicts; a clean merge removes it.
 */
public final class ConflictList {

	public static final String SUFFIX = ".conflicts";

	private ConflictList() {
	}

	public static Path fileFor(Path model) {
		return model.resolveSibling(model.getFileName() + SUFFIX);
	}

	public static void write(Path model, String heading, List<Conflict> conflicts) throws IOException {
		StringBuilder list = new StringBuilder(heading).append('\n');
		conflicts.forEach(conflict -> list.append(conflict.text()).append('\n'));
		AtomicFileWriter.writeIfChanged(fileFor(model), list.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The conflicts listed beside {@code model}, one line each; none when there is no list. */
	public static List<String> read(Path model) throws IOException {
		Path file = fileFor(model);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		return lines.isEmpty() ? List.of() : lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).toList();
	}

	public static void delete(Path model) throws IOException {
		Files.deleteIfExists(fileFor(model));
	}
}
