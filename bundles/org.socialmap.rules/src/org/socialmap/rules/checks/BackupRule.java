package org.socialmap.rules.checks;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.catalog.CatalogLabels;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.edit.SocialmapCommands;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/**
 * Every presence in use has a backup curator, so no presence stops when one person is away. The
 * quick fix proposes as backup the member who fits the platform best and still has hours.
 */
public final class BackupRule implements Rule {

	@Override
	public String id() {
		return "socialmap.no-backup";
	}

	@Override
	public String title() {
		return "Every presence has a backup curator";
	}

	@Override
	public int code() {
		return 5;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		Map<Member, Double> hours = Curations.hoursByMember(client);
		for (Presence presence : Curations.activePresences(client)) {
			Optional<Curation> owner = Curations.withRole(presence, CurationRole.OWNER);
			if (Curations.withRole(presence, CurationRole.BACKUP).isEmpty()) {
				Member ownerMember = owner.map(Curation::getMember).orElse(null);
				Optional<Member> candidate = bestBackup(client, presence, ownerMember, hours, context);
				String advice = candidate.map(m -> " " + Labels.of(m) + " fits best and has hours left.").orElse("");
				findings.accept(new Finding(id(), Severity.WARNING, "Presence " + CatalogLabels.presence(presence, context.catalogs())
						+ " has no backup curator: it stops when " + (ownerMember == null ? "its curator" : Labels.of(ownerMember))
						+ " is away. Name a backup." + advice, List.<EObject>of(presence),
						candidate.map(m -> addBackup(presence, m, context)).stream().toList()));
			}
		}
	}

	private static Optional<Member> bestBackup(ClientCompany client, Presence presence, Member owner,
			Map<Member, Double> hours, RuleContext context) {
		double needed = context.settings().hoursPerRole();
		return Curations.members(client).stream()
				.filter(m -> m != owner)
				.filter(m -> freeHours(m, hours) >= needed)
				.filter(m -> context.fit().of(m, presence.getPlatform()) > 0)
				.max(Comparator.comparingInt((Member m) -> context.fit().of(m, presence.getPlatform()))
						.thenComparingDouble(m -> freeHours(m, hours)));
	}

	/** Impossible weekly hours count as none ({@link Workload}): nobody is proposed on hours the validation rejects. */
	private static double freeHours(Member member, Map<Member, Double> curatedHours) {
		return Workload.availableHours(member) - curatedHours.getOrDefault(member, 0.0);
	}

	private static QuickFix addBackup(Presence presence, Member member, RuleContext context) {
		return QuickFix.of("Add " + Labels.of(member) + " as backup of " + CatalogLabels.presence(presence, context.catalogs()),
				domain -> SocialmapCommands.addCuration(domain, presence, member, CurationRole.BACKUP,
						context.settings().hoursPerRole()));
	}
}
