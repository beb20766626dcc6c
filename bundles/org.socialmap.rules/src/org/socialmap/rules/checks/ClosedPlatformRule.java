package org.socialmap.rules.checks;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.edit.command.SetCommand;
import org.socialmap.catalog.Platform;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/** A presence on a platform that has closed is flagged as obsolete, never dropped: the map keeps its history. */
public final class ClosedPlatformRule implements Rule {

	@Override
	public String id() {
		return "socialmap.closed-platform";
	}

	@Override
	public String title() {
		return "Presences on closed platforms are marked obsolete";
	}

	@Override
	public int code() {
		return 10;
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : client.getPresences()) {
			if (presence.getStatus() == PresenceStatus.OBSOLETE) {
				continue;
			}
			context.catalogs().platform(presence.getPlatform()).filter(Platform::isClosed).ifPresent(platform -> {
				String when = platform.closed() == null ? "" : (platform.closed().length() == 10 ? " on " : " in ") + platform.closed();
				findings.accept(new Finding(id(), Severity.WARNING, "Presence " + Labels.of(presence) + " is on "
						+ platform.name() + ", which closed" + when + ": mark it obsolete (it stays on the map) and move its work elsewhere.",
						List.of(presence), List.of(markObsolete(presence))));
			});
		}
	}

	private static QuickFix markObsolete(Presence presence) {
		return QuickFix.of("Mark " + Labels.of(presence) + " obsolete",
				domain -> SetCommand.create(domain, presence, Literals.PRESENCE__STATUS, PresenceStatus.OBSOLETE));
	}
}
