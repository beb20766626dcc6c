package org.socialmap.cli.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs git in one folder and gives its output, or says in a sentence why it could not. */
final class Git {

	private final Path folder;

	Git(Path folder) {
		this.folder = folder;
	}

	/** The first line git printed. */
	String run(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(args));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new IOException("cannot run git: is it installed and on the PATH?", e);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		try {
			if (process.waitFor() != 0) {
				throw new IOException(folder + " is not in a Git work tree, or git refused: " + output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while git ran in " + folder, e);
		}
		return output.lines().findFirst().orElse("");
	}
}
