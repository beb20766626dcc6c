package org.socialmap.cli.assign;

import static org.socialmap.cli.output.TerminalText.safe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.assignment.Proposal;
import org.socialmap.catalog.Catalogs;
import org.socialmap.cli.Arguments;
import org.socialmap.cli.Command;
import org.socialmap.cli.CommandContext;
import org.socialmap.cli.ExitCode;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.cli.model.Settings;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.model.io.SocialmapResource;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.RuleSettings;

/** {@code socialmap assign FILE [--apply]}: the curator assignment assistant. */
public final class AssignCommand implements Command {

	private static final String APPLY = "--apply";
	private static final String REASSIGN = "--reassign";
	static final String BACKUP_SUFFIX = ".bak";

	private final Options options = Settings.addTo(new Options()
			.flag(APPLY, "Write the proposals into FILE; the previous file is kept as FILE" + BACKUP_SUFFIX + ".")
			.flag(REASSIGN, "Propose every owner and backup afresh instead of keeping the existing ones."));

	@Override
	public String name() {
		return "assign";
	}

	@Override
	public String summary() {
		return "Proposes an owner and a backup curator for every presence.";
	}

	@Override
	public String usage() {
		return "[--apply] [--reassign] [--settings FILE] FILE";
	}

	@Override
	public String help() {
		return """
				For each client of FILE, proposes an owner and a backup for every presence that is not
				obsolete, maximising the members' affinity with the platforms, within each member's weekly
				hours (every proposed role counts hoursPerRole hours) and never giving one member more than
				maxShareOfRoles of a client's roles. Existing owners and backups are kept unless --reassign.
				Each proposal comes with its reason. Without --apply nothing is written.

				With --apply, FILE is first copied to FILE.bak, then rewritten in one step (a crash leaves
				the old file whole); clients with no valid assignment are left as they were. Nothing is
				written when FILE is read-only or was changed by another program while the proposals
				were made.

				Exits with 0 when every client has a valid assignment, 1 when one has none (the output
				says which constraint fails), and 2 when FILE cannot be read or written.

				""" + options.describe();
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = options.parse(args);
		if (arguments.operands().size() != 1) {
			throw new UsageException(arguments.operands().isEmpty() ? "no model file given" : "assign takes one model file");
		}
		Path file = Path.of(arguments.operands().get(0));
		RuleSettings settings = Settings.from(arguments);
		boolean keepExisting = !arguments.has(REASSIGN);
		context.progress().step("reading " + file);
		Agency agency = SocialmapFiles.load(file);
		CuratorAssistant assistant = new CuratorAssistant(Catalogs.registry(), settings);
		Map<ClientCompany, AssignmentResult> results = new LinkedHashMap<>();
		for (ClientCompany client : agency.getClients()) {
			context.progress().step("assigning curators for " + Labels.name(client));
			results.put(client, assistant.propose(client, keepExisting));
		}
		print(results, context);
		boolean allFeasible = results.values().stream().allMatch(AssignmentResult::feasible);
		if (arguments.has(APPLY)) {
			apply(file, agency, results, context);
		}
		return allFeasible ? ExitCode.OK : ExitCode.FINDINGS;
	}

	private static void print(Map<ClientCompany, AssignmentResult> results, CommandContext context) {
		results.forEach((client, result) -> {
			context.out().println(safe(Labels.name(client)) + ":");
			result.infeasibility().ifPresent(reason -> context.out().println("  no valid assignment: " + safe(reason)));
			if (result.feasible() && result.proposals().isEmpty()) {
				context.out().println("  every presence already has an owner and a backup");
			}
			for (Proposal proposal : result.proposals()) {
				context.out().println("  " + safe(Labels.name(proposal.presence())) + ": " + proposal.role().getLiteral() + " "
						+ safe(Labels.name(proposal.member())) + " \u2014 " + safe(proposal.reason()));
			}
		});
	}

	private static void apply(Path file, Agency agency, Map<ClientCompany, AssignmentResult> results,
			CommandContext context) throws IOException {
		List<AssignmentResult> changes = results.values().stream()
				.filter(result -> result.feasible() && result.changesModel()).toList();
		if (changes.isEmpty()) {
			context.out().println("nothing to apply: " + safe(file.toString()) + " is unchanged");
			return;
		}
		EditingDomain domain = SocialmapEditing.createDomain(agency.eResource().getResourceSet());
		changes.forEach(result -> domain.getCommandStack().execute(result.command(domain)));
		Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
		// The save copies the file to the backup and replaces it under one lock, and only if no other
		// program changed it since it was read.
		agency.eResource().save(Map.of(SocialmapResource.OPTION_BACKUP, backup));
		context.out().println("applied to " + safe(file.toString()) + " (the previous version is " + safe(backup.toString()) + ")");
	}
}
