package org.socialmap.rules.checks;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Severity;

/**
 * Work is not concentrated: no member holds more than {@link RuleSettings#maxShareOfWork()} of a
 * client's curation work, nor curates for more hours than they have.
 */
public final class WorkloadRule implements Rule {

	@Override
	public String id() {
		return "socialmap.work-concentrated";
	}

	@Override
	public String title() {
		return "No member holds more than a set share of the work, or more hours than they have";
	}

	@Override
	public int code() {
		return 6;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		RuleSettings settings = context.settings();
		Map<Member, Double> hours = Curations.hoursByMember(client);
		double totalHours = hours.values().stream().mapToDouble(Double::doubleValue).sum();
		// Without hours on the curations, the work is counted in roles.
		Map<Member, ? extends Number> work = totalHours > 0 ? hours : Curations.rolesByMember(client);
		double total = work.values().stream().mapToDouble(Number::doubleValue).sum();
		if (work.size() > 1) {
			work.forEach((member, amount) -> {
				double share = amount.doubleValue() / total;
				if (share > settings.maxShareOfWork()) {
					findings.accept(new Finding(id(), Severity.WARNING, "Member " + Labels.of(member) + " holds "
							+ Labels.percent(share) + " of the curation " + (totalHours > 0 ? "hours" : "roles") + " of "
							+ Labels.of(client) + ", more than " + Labels.percent(settings.maxShareOfWork())
							+ ": share the presences out among the team.", List.<EObject>of(member, client)));
				}
			});
		}
		hours.forEach((member, used) -> {
			// impossible weekly hours are the validation's error already; comparing with them says nothing more
			if (!Workload.possible(member.getWeeklyHours())) {
				return;
			}
			double available = member.getWeeklyHours() * settings.maxWorkloadRatio();
			if (used > available) {
				findings.accept(new Finding(id(), Severity.WARNING, "Member " + Labels.of(member) + " curates "
						+ Labels.number(used) + " h a week for " + Labels.of(client) + " but has "
						+ Labels.number(member.getWeeklyHours()) + " h for social work: move some curations or give them time.",
						List.<EObject>of(member, client)));
			}
		});
	}
}
