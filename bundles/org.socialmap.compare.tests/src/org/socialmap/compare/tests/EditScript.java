package org.socialmap.compare.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.socialmap.model.Agency;
import org.socialmap.model.Cadence;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.Team;
import org.socialmap.tests.common.ModelBuilder;

/**
 * A modeller's few edits, chosen at random on the base and applied by id to any version: an edit
 * whose elements are gone, or that is already done, is skipped, as a modeller replaying it would.
 * Edits: set a presence's cadence, status or handle, a member's hours or role; add a presence (ids
 * from a small pool, so both sides sometimes create the same id); add a curation; delete a presence
 * or a member (with their curations and the objectives' references, as the editors do); let an
 * objective name another presence; move a member to the client's other team.
 */
record EditScript(List<Edit> edits) {

	/** One edit; {@code sets} names the feature it sets ("c0-p1 cadence"), null for other edits. */
	record Edit(String sets, java.util.function.Consumer<Agency> action) {

		void apply(Agency agency) {
			action.accept(agency);
		}
	}

	/** The features the script sets, even to the value they have: replayed after the other script, such a set counts. */
	java.util.Set<String> sets() {
		return edits.stream().map(Edit::sets).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
	}

	static EditScript random(Random random, int length) {
		List<Edit> edits = new ArrayList<>();
		for (int i = 0; i < length; i++) {
			edits.add(edit(random));
		}
		return new EditScript(edits);
	}

	void applyTo(Agency agency) {
		edits.forEach(edit -> edit.apply(agency));
	}

	private static Edit edit(Random random) {
		int c = random.nextInt(GeneratedMaps.CLIENTS);
		String presence = "c" + c + "-p" + random.nextInt(GeneratedMaps.PRESENCES);
		String member = "c" + c + "-m" + random.nextInt(GeneratedMaps.TEAMS * GeneratedMaps.MEMBERS_PER_TEAM);
		return switch (random.nextInt(9)) {
		case 0 -> {
			Cadence cadence = Cadence.get(1 + random.nextInt(3));
			yield new Edit(presence + " cadence", agency -> with(agency, presence, Presence.class, found -> found.setCadence(cadence)));
		}
		case 1 -> {
			PresenceStatus status = random.nextBoolean() ? PresenceStatus.DORMANT : PresenceStatus.PLANNED;
			yield new Edit(presence + " status", agency -> with(agency, presence, Presence.class, found -> found.setStatus(status)));
		}
		case 2 -> {
			double hours = 1 + random.nextInt(3);
			yield new Edit(member + " weeklyHours", agency -> with(agency, member, Member.class, found -> found.setWeeklyHours(hours)));
		}
		case 3 -> {
			String role = "role " + random.nextInt(3);
			yield new Edit(member + " role", agency -> with(agency, member, Member.class, found -> found.setRole(role)));
		}
		case 4 -> {
			String id = "c" + c + "-new" + random.nextInt(3);
			String platform = GeneratedMaps.PLATFORMS[random.nextInt(2)];
			yield new Edit(null, agency -> {
				if (find(agency, id) == null) {
					ModelBuilder.presence(agency.getClients().get(c), id, platform);
				}
			});
		}
		case 5 -> {
			CurationRole role = random.nextBoolean() ? CurationRole.CONTRIBUTOR : CurationRole.BACKUP;
			double hours = 1 + random.nextInt(2);
			yield new Edit(null, agency -> with(agency, presence, Presence.class, found -> with(agency, member, Member.class, who -> {
				if (found.getCurations().stream().noneMatch(curation -> curation.getMember() == who)) {
					ModelBuilder.curation(found, who, role, hours);
				}
			})));
		}
		case 6 -> new Edit(null, agency -> with(agency, presence, Presence.class, found -> EcoreUtil.delete(found, true)));
		case 7 -> new Edit(null, agency -> with(agency, member, Member.class, found -> {
			List.copyOf(found.getCurations()).forEach(EcoreUtil::remove);
			EcoreUtil.remove(found);
		}));
		default -> {
			if (random.nextBoolean()) {
				yield new Edit(null, agency -> with(agency, "c" + c + "-o0", Objective.class, objective -> with(agency, presence, Presence.class, found -> {
					if (!objective.getPresences().contains(found)) {
						objective.getPresences().add(found);
					}
				})));
			}
			yield new Edit(member + " container", agency -> with(agency, member, Member.class, found -> {
				ClientCompany client = (ClientCompany) found.eContainer().eContainer();
				Team other = client.getTeams().stream().filter(team -> team != found.eContainer()).findFirst().orElseThrow();
				other.getMembers().add(found);
			}));
		}
		};
	}

	private static <T> void with(Agency agency, String id, Class<T> type, java.util.function.Consumer<T> edit) {
		EObject found = find(agency, id);
		if (type.isInstance(found)) {
			edit.accept(type.cast(found));
		}
	}

	static EObject find(Agency agency, String id) {
		for (var contents = agency.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof org.socialmap.model.ModelElement named && id.equals(named.getId())) {
				return element;
			}
		}
		return null;
	}
}
