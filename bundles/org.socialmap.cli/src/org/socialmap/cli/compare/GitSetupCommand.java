package org.socialmap.cli.compare;

import static org.socialmap.cli.output.TerminalText.safe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.model.io.AtomicFileWriter;

/**
 * {@code socialmap git-setup [REPO]}: makes Git diff and merge {@code .socialmap} files through
 * this command line: the {@code .gitattributes} line that names the drivers, and the repository's
 * own configuration of them (which Git never takes from a clone, so each modeller runs this once).
 */
public final class GitSetupCommand implements Command {

	static final String MODELS = "*.socialmap diff=socialmap merge=socialmap";
	static final String LAYOUTS = "*.smlayout merge=socialmap";
	/** Where the start script says it is; without it, the command on the PATH. */
	private static final String SCRIPT_PROPERTY = "socialmap.script";
	private static final String COMMAND = "--command";

	private final Options options = new Options()
			.value(COMMAND, "PATH", "The socialmap command Git runs (default: this installation's script).");

	@Override
	public String name() {
		return "git-setup";
	}

	@Override
	public String summary() {
		return "Makes Git diff and merge the models of a repository through socialmap.";
	}

	@Override
	public String usage() {
		return "[--command PATH] [REPO]";
	}

	@Override
	public String help() {
		return """
				Adds the lines '*.socialmap diff=socialmap merge=socialmap' and '*.smlayout
				merge=socialmap' to the .gitattributes at the top of REPO (default: the current folder's
				repository), to be committed, and sets in the
				repository's own configuration (.git/config, which a clone does not bring along):
				  diff.socialmap.command  = socialmap diff
				  merge.socialmap.driver  = socialmap merge --path %P %O %A %B
				It also keeps the lock files Socialmap's saves leave beside a model (.NAME.lock) out
				of 'git status' through .git/info/exclude. Running it again changes nothing.

				Exits with 0 when done, 2 when REPO is not in a Git work tree or git cannot be run.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().size() > 1) {
			throw new UsageException("git-setup takes one repository");
		}
		Path folder = Path.of(arguments.operands().isEmpty() ? "." : arguments.operands().get(0));
		String socialmap = arguments.value(COMMAND, System.getProperty(SCRIPT_PROPERTY, "socialmap"));
		Git git = new Git(folder);
		Path top = Path.of(git.run("rev-parse", "--show-toplevel"));
		addLine(top.resolve(".gitattributes"), MODELS);
		addLine(top.resolve(".gitattributes"), LAYOUTS);
		addLine(folder.resolve(git.run("rev-parse", "--git-path", "info/exclude")), ".*.lock");
		git.run("config", "diff.socialmap.command", quote(socialmap) + " diff");
		git.run("config", "merge.socialmap.name", "Socialmap model merge");
		git.run("config", "merge.socialmap.driver", quote(socialmap) + " merge --path %P %O %A %B");
		context.out().println("Git in " + safe(top.toString()) + " now diffs and merges .socialmap files with "
				+ safe(socialmap) + "; commit .gitattributes");
		return ExitCode.OK;
	}

	/** Appends {@code line} unless the file has it already. */
	private static void addLine(Path file, String line) throws IOException {
		Path resolved = file.toAbsolutePath();
		List<String> lines = Files.exists(resolved) ? new ArrayList<>(Files.readAllLines(resolved, StandardCharsets.UTF_8))
				: new ArrayList<>();
		if (lines.contains(line)) {
			return;
		}
		lines.add(line);
		AtomicFileWriter.writeIfChanged(resolved, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Git runs driver commands through the shell. */
	private static String quote(String path) {
		return "'" + path.replace("'", "'\\''") + "'";
	}
}
