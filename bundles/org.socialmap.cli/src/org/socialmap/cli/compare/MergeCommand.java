package org.socialmap.cli.compare;

import static org.socialmap.cli.output.TerminalText.safe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.compare.Conflict;
import org.socialmap.compare.ConflictList;
import org.socialmap.compare.ModelMerge;
import org.socialmap.model.Agency;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.model.io.SocialmapResourceFactory;
import org.socialmap.model.text.Labels;
import org.socialmap.notation.Layout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.io.LayoutResourceFactory;

/**
 * {@code socialmap merge BASE OURS THEIRS}: a three-way merge of models by element and feature,
 * written over OURS, as Git's merge driver wants it. Conflicts keep ours, go to stderr and to a
 * sidecar file beside the model.
 */
public final class MergeCommand implements Command {

	private static final String PATH = "--path";

	private final Options options = new Options()
			.value(PATH, "NAME", "The model's path in the repository (Git's %P): names it in messages and puts the "
					+ "conflicts beside it rather than beside OURS.");

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String summary() {
		return "Merges two versions of a model with their common ancestor (Git's merge driver).";
	}

	@Override
	public String usage() {
		return "[--path NAME] BASE OURS THEIRS";
	}

	@Override
	public String help() {
		return """
				Merges the changes from BASE to THEIRS into OURS, element by element and feature by
				feature, and writes the result over OURS in the form Socialmap saves. Changes of
				different elements or features merge; both sides' new elements are kept, ours first.
				A feature both sides changed differently, an element one side deleted and the other
				changed, one id both sides gave different elements, or a reference to an element the
				other side deleted is a conflict: the result keeps ours there, so it always loads.

				Conflicts are listed on stderr and in NAME.conflicts beside the model (one a line); a
				clean merge removes that file. A diagram layout (NAME ending in .smlayout) merges node
				by node and edge by edge; its conflicts keep ours with a note on stderr and never stop
				the merge (exit code 0). Git calls it as 'socialmap merge --path %P %O %A %B'
				(see 'socialmap git-setup').

				Exits with 0 when the merge is clean, 1 when there are conflicts, and 2 when a file
				cannot be read or OURS cannot be written.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		List<String> operands = arguments.operands();
		if (operands.size() != 3) {
			throw new UsageException("merge needs three model files, BASE OURS THEIRS");
		}
		Path ours = Path.of(operands.get(1));
		Path model = Path.of(arguments.value(PATH, ours.toString()));
		context.progress().step("merging " + model);
		if (model.getFileName().toString().endsWith("." + LayoutResourceFactory.FILE_EXTENSION)) {
			return mergeLayouts(operands, model, context);
		}
		Agency base = SocialmapFiles.load(anyName(), Path.of(operands.get(0)));
		Agency theirs = SocialmapFiles.load(anyName(), Path.of(operands.get(2)));
		Agency merged = SocialmapFiles.load(anyName(), ours);
		ModelMerge merge = ModelMerge.of(base, merged, theirs);
		SocialmapEditing.createDomain(merged.eResource().getResourceSet()).getCommandStack().execute(merge.command());
		merged.eResource().save(null);
		List<Conflict> conflicts = merge.conflicts();
		if (conflicts.isEmpty()) {
			ConflictList.delete(model);
			return ExitCode.OK;
		}
		report(model, conflicts, context);
		return ExitCode.FINDINGS;
	}

	/** Layouts never block a merge: their conflicts keep ours, with a note. */
	private static int mergeLayouts(List<String> operands, Path model, CommandContext context) throws IOException {
		Layout merged = LayoutFiles.load(anyName(), Path.of(operands.get(1)));
		ModelMerge merge = ModelMerge.of(LayoutFiles.load(anyName(), Path.of(operands.get(0))), merged,
				LayoutFiles.load(anyName(), Path.of(operands.get(2))));
		new BasicCommandStack().execute(merge.command());
		merged.eResource().save(null);
		List<Conflict> conflicts = merge.conflicts();
		if (!conflicts.isEmpty()) {
			context.err().println("socialmap: note: merge of " + safe(model.toString()) + ": "
					+ Labels.count(conflicts.size(), "layout conflict") + ", ours kept at each:");
			conflicts.forEach(conflict -> context.err().println("  " + safe(conflict.text())));
		}
		return ExitCode.OK;
	}

	private static void report(Path model, List<Conflict> conflicts, CommandContext context) throws IOException {
		String heading = "merge of " + model + ": " + Labels.count(conflicts.size(), "conflict") + ", ours kept at each";
		ConflictList.write(model, heading, conflicts);
		context.err().println("socialmap: " + safe(heading) + " (listed in " + safe(ConflictList.fileFor(model).toString()) + "):");
		conflicts.forEach(conflict -> context.err().println("  " + safe(conflict.text())));
	}

	/** Git hands the driver temporary files named like .merge_file_a1b2c3: they are Socialmap files all the same. */
	private static ResourceSet anyName() {
		ResourceSet resources = SocialmapFiles.newResourceSet();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new SocialmapResourceFactory());
		return resources;
	}
}
