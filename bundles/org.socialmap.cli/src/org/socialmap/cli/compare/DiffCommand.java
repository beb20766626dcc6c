package org.socialmap.cli.compare;

import static org.socialmap.cli.output.TerminalText.safe;

import java.nio.file.Path;
import java.util.List;

import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.compare.Change;
import org.socialmap.compare.ModelDiff;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;

/**
 * {@code socialmap diff OLD NEW}: the changes between two versions of a model by element and
 * feature. Git runs it as an external diff driver with seven arguments (path, then file, hash and
 * mode of each side), and stops at a driver that exits with anything but 0, so in that form it
 * exits with 0 whenever it could read both sides.
 */
public final class DiffCommand implements Command {

	private static final String FORMAT = "--format";
	/** Git's external diff: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE. */
	private static final int GIT_ARGUMENTS = 7;
	/** What Git gives for the side of an added or deleted file. */
	private static final String NO_FILE = "/dev/null";

	private final Options options = new Options()
			.choice(FORMAT, List.of("text", "json"), "Output format (default: text). The JSON shape is in docs/cli.md.");

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String summary() {
		return "Lists the changes between two versions of a model, element by element.";
	}

	@Override
	public String usage() {
		return "[--format text|json] OLD NEW";
	}

	@Override
	public String help() {
		return """
				Compares two versions of a .socialmap model by element id and feature, not by line:
				each change names the element, its client or container and the feature, e.g.
				"Presence 'Twitter account' (client 'Officina Digitale'): cadence weekly -> real-time".
				Elements added, removed or moved between containers are one change each; references
				are named by the element they refer to. Files are only read.

				Exits with 0 when the models are equal, 1 when they differ, and 2 when one cannot be
				read. Given the seven arguments of Git's external diff (see 'socialmap git-setup'), it
				prints a header naming the path and exits with 0 whenever both sides are read.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		List<String> operands = arguments.operands();
		boolean json = arguments.value(FORMAT, "text").equals("json");
		if (operands.size() == GIT_ARGUMENTS) {
			return gitDiff(operands, json, context);
		}
		if (operands.size() != 2) {
			throw new UsageException(operands.size() < 2 ? "diff needs two model files, OLD and NEW" : "diff takes two model files");
		}
		Path before = Path.of(operands.get(0));
		Path after = Path.of(operands.get(1));
		List<Change> changes = ModelDiff.between(SocialmapFiles.load(before), SocialmapFiles.load(after));
		print(changes, before.toString(), after.toString(), json, context);
		return changes.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
	}

	private int gitDiff(List<String> operands, boolean json, CommandContext context) throws SocialmapFileException {
		String path = operands.get(0);
		String before = operands.get(1);
		String after = operands.get(4);
		if (!json) {
			context.out().println("socialmap diff a/" + safe(path) + " b/" + safe(path));
		}
		if (before.equals(NO_FILE) || after.equals(NO_FILE)) {
			// One side has no model: the whole file is added or deleted, as Git's own header says.
			context.out().println(before.equals(NO_FILE) ? "new model " + safe(path) : "deleted model " + safe(path));
			return ExitCode.OK;
		}
		List<Change> changes = ModelDiff.between(SocialmapFiles.load(Path.of(before)), SocialmapFiles.load(Path.of(after)));
		print(changes, "a/" + path, "b/" + path, json, context);
		return ExitCode.OK;
	}

	private static void print(List<Change> changes, String before, String after, boolean json, CommandContext context) {
		if (json) {
			context.out().print(ChangesJson.of(before, after, changes));
		} else {
			changes.forEach(change -> context.out().println(safe(change.text())));
		}
	}
}
