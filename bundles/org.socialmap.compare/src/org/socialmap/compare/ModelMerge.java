package org.socialmap.compare;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.Agency;
import org.socialmap.notation.Layout;

/**
 * A three-way merge of two versions of a model with the version both came from, by element and
 * feature (see {@link MergePlan} for the rules). The result is made on ours, by one undoable
 * command; where the sides conflict it keeps ours, so a conflicted result still loads, and
 * {@link #conflicts()} says where.
 */
public final class ModelMerge {

	private final EObject ours;
	private final MergePlan plan;

	private ModelMerge(EObject base, EObject ours, EObject theirs, KeyScheme scheme) {
		this.ours = ours;
		this.plan = new MergePlan(new ModelIndex(base, scheme), new ModelIndex(ours, scheme), new ModelIndex(theirs, scheme));
	}

	/** Plans the merge of models; nothing changes until {@link #command} is executed. */
	public static ModelMerge of(Agency base, Agency ours, Agency theirs) {
		return new ModelMerge(base, ours, theirs, ModelKeys.INSTANCE);
	}

	/**
	 * Plans the merge of diagram layouts, node by node and edge by edge (bounds, collapsed, pinned;
	 * an edge's route as one value); nothing changes until {@link #command} is executed.
	 */
	public static ModelMerge of(Layout base, Layout ours, Layout theirs) {
		return new ModelMerge(base, ours, theirs, LayoutKeys.INSTANCE);
	}

	/** Every place both sides changed differently, in ours' order; empty when the merge is clean. */
	public List<Conflict> conflicts() {
		return List.copyOf(plan.conflicts);
	}

	/** The command that makes ours the merged model, for the command stack of ours' editing domain; execute it once. */
	public Command command() {
		ChangeCommand command = new ChangeCommand(ours) {
			@Override
			protected void doExecute() {
				MergeApplication.apply(plan);
			}
		};
		command.setLabel("Merge");
		return command;
	}
}
