package org.socialmap.model.text;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.Affinity;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Indicator;
import org.socialmap.model.Link;
import org.socialmap.model.MapNode;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Objective;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.model.Website;
import org.socialmap.model.util.SocialmapSwitch;

/** The label of each kind of element; {@link Labels#label(EObject)} is the way to ask for one. */
final class ElementLabels extends SocialmapSwitch<String> {

	static final ElementLabels INSTANCE = new ElementLabels();

	private ElementLabels() {
	}

	@Override
	public String caseAgency(Agency agency) {
		return named(agency, "Unnamed agency");
	}

	@Override
	public String caseClientCompany(ClientCompany client) {
		String name = named(client, "Unnamed client");
		return blank(client.getSector()) ? name : name + " (" + client.getSector() + ")";
	}

	@Override
	public String caseWebsite(Website website) {
		return named(website, blank(website.getUrl()) ? "Website" : website.getUrl());
	}

	@Override
	public String casePresence(Presence presence) {
		String platform = blank(presence.getPlatform()) ? "no platform" : presence.getPlatform();
		String label = blank(presence.getName()) ? "Presence on " + platform : presence.getName();
		if (!blank(presence.getHandle())) {
			label += " (@" + presence.getHandle().strip().replaceFirst("^@", "") + ")";
		}
		return presence.getStatus() == PresenceStatus.ACTIVE ? label : label + " [" + presence.getStatus() + "]";
	}

	@Override
	public String caseLink(Link link) {
		return nodeName(link.getSource()) + " \u2192 " + nodeName(link.getTarget()) + " (" + words(link.getKind()) + ")";
	}

	@Override
	public String caseTeam(Team team) {
		return named(team, "Unnamed team") + " (" + team.getMembers().size()
				+ (team.getMembers().size() == 1 ? " member)" : " members)");
	}

	@Override
	public String caseMember(Member member) {
		String name = named(member, "Unnamed member");
		String role = blank(member.getRole()) ? words(member.getBusinessFunction())
				: member.getRole() + ", " + words(member.getBusinessFunction());
		return name + " \u2014 " + role;
	}

	@Override
	public String caseAffinity(Affinity affinity) {
		String subject = !blank(affinity.getPlatform()) ? affinity.getPlatform()
				: !blank(affinity.getPlatformKind()) ? affinity.getPlatformKind() + " platforms" : "nothing yet";
		return words(affinity.getStrength()) + " affinity with " + subject;
	}

	@Override
	public String caseCuration(Curation curation) {
		Member member = curation.getMember();
		String who = member == null ? "Nobody" : named(member, "Unnamed member");
		String label = who + " as " + words(curation.getRole());
		return curation.getWeeklyHours() > 0 ? label + ", " + Labels.number(curation.getWeeklyHours()) + " h/week" : label;
	}

	@Override
	public String caseObjective(Objective objective) {
		return named(objective, "Unnamed objective") + " (" + words(objective.getKind()) + ")";
	}

	@Override
	public String caseIndicator(Indicator indicator) {
		String label = named(indicator, "Unnamed indicator");
		return blank(indicator.getTarget()) ? label : label + ": target " + indicator.getTarget();
	}

	@Override
	public String defaultCase(EObject object) {
		return object.eClass().getName();
	}

	private static String nodeName(MapNode node) {
		return node == null ? "(nothing)" : blank(node.getName()) ? INSTANCE.doSwitch(node) : node.getName();
	}

	/** Like {@link Labels#name}, with a fallback that says what the element is. */
	private static String named(ModelElement element, String fallback) {
		return blank(element.getName()) && blank(element.getId()) ? fallback : Labels.name(element);
	}

	/** "several-per-week" reads as "several per week". */
	private static String words(Enumerator literal) {
		return literal.getLiteral().replace('-', ' ');
	}

	private static boolean blank(String text) {
		return Labels.blank(text);
	}
}
