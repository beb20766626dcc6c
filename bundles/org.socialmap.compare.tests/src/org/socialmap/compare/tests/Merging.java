package org.socialmap.compare.tests;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.compare.Conflict;
import org.socialmap.compare.ModelMerge;
import org.socialmap.model.Agency;
import org.socialmap.model.edit.SocialmapEditing;

/** Runs a merge into ours as the CLI does: one command on the domain of ours' resource set. */
final class Merging {

	private Merging() {
	}

	static List<Conflict> merge(Agency base, Agency ours, Agency theirs) {
		EditingDomain domain = SocialmapEditing.createDomain(ours.eResource().getResourceSet());
		ModelMerge merge = ModelMerge.of(base, ours, theirs);
		Command command = merge.command();
		domain.getCommandStack().execute(command);
		return merge.conflicts();
	}

	static List<String> texts(List<Conflict> conflicts) {
		return conflicts.stream().map(Conflict::text).toList();
	}
}
