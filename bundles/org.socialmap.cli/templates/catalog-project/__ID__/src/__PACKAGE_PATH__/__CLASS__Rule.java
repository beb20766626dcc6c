package @@PACKAGE@@;

import java.util.List;
import java.util.function.Consumer;

import org.socialmap.catalog.Platform;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.text.Labels;
import org.socialmap.rules.Finding;
import org.socialmap.rules.Rule;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Severity;

/**
 * A presence on one of this catalog's networks names its account: without a handle or URL nobody can
 * find it, and the report cannot link to it. Replace it with the rules of your own.
 */
public final class @@CLASS@@Rule implements Rule {

	static final String CATALOG_ID = "@@ID@@";

	@Override
	public String id() {
		return CATALOG_ID + ".account-named";
	}

	@Override
	public String title() {
		return "A presence on a network of " + CATALOG_ID + " has a handle or a URL";
	}

	@Override
	public void check(ClientCompany client, RuleContext context, Consumer<Finding> findings) {
		for (Presence presence : client.getPresences()) {
			if (presence.getStatus() == PresenceStatus.OBSOLETE || named(presence)) {
				continue;
			}
			context.catalogs().platform(presence.getPlatform())
					.filter(platform -> platform.catalogId().equals(CATALOG_ID))
					.ifPresent(platform -> findings.accept(unnamed(presence, platform)));
		}
	}

	private Finding unnamed(Presence presence, Platform platform) {
		return new Finding(id(), Severity.WARNING, "Presence " + Labels.of(presence) + " on " + platform.name()
				+ " has neither a handle nor a URL: give one, so that people and the report can find it.",
				List.of(presence));
	}

	private static boolean named(Presence presence) {
		return !isBlank(presence.getHandle()) || !isBlank(presence.getUrl());
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
