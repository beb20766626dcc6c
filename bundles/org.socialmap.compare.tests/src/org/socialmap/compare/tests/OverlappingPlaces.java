package org.socialmap.compare.tests;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.Agency;
import org.socialmap.model.Curation;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.Presence;

/**
 * Where two edited versions of a generated map overlap, worked out from the versions alone, apart
 * from the merge: the places a correct merge must name as conflicts, each "key feature" (feature
 * "-" for an element one side deleted and the other changed). Only the features {@link EditScript}
 * edits are looked at.
 */
final class OverlappingPlaces {

	private final Version base;
	private final Version ours;
	private final Version theirs;
	private final Set<String> places = new TreeSet<>();
	private final Set<String> restored = new HashSet<>();

	private OverlappingPlaces(Agency base, Agency ours, Agency theirs) {
		this.base = new Version(base);
		this.ours = new Version(ours);
		this.theirs = new Version(theirs);
	}

	static Set<String> between(Agency base, Agency ours, Agency theirs) {
		OverlappingPlaces overlap = new OverlappingPlaces(base, ours, theirs);
		overlap.find();
		return overlap.places;
	}

	/**
	 * Whether both sides made an element with one id or key: no conflict when they made it alike,
	 * but then the result has it in the order theirs gave it, not after ours' additions.
	 */
	static boolean createdOnBothSides(Agency base, Agency ours, Agency theirs) {
		Version before = new Version(base);
		Version our = new Version(ours);
		Version their = new Version(theirs);
		return our.presences.keySet().stream().anyMatch(id -> !before.presences.containsKey(id) && their.presences.containsKey(id))
				|| our.curations.keySet().stream().anyMatch(key -> !before.curations.containsKey(key) && their.curations.containsKey(key));
	}

	private void find() {
		elements(base.presences.keySet(), ours.presences, theirs.presences, PRESENCE_FEATURES);
		elements(base.members.keySet(), ours.members, theirs.members, MEMBER_FEATURES);
		for (String id : ours.presences.keySet()) {
			if (!base.presences.containsKey(id) && theirs.presences.containsKey(id)) {
				differing("id:" + id, ours.presences.get(id), theirs.presences.get(id), PRESENCE_FEATURES);
			}
		}
		for (String key : ours.curations.keySet()) {
			if (!base.curations.containsKey(key) && theirs.curations.containsKey(key)) {
				differing(key, ours.curations.get(key), theirs.curations.get(key), CURATION_FEATURES);
			}
		}
		// Ours refers to what theirs deleted: the element stays.
		for (Map.Entry<String, Curation> added : ours.curations.entrySet()) {
			String member = added.getValue().getMember().getId();
			if (!base.curations.containsKey(added.getKey()) && deletedByTheirsOnly(member, base.members, theirs.members,
					ours.members, MEMBER_FEATURES)) {
				places.add(added.getKey() + " member");
				restored.add(member);
			}
		}
		for (String reference : ours.references) {
			String presence = reference.substring(reference.indexOf(' ') + 1);
			if (!base.references.contains(reference)
					&& deletedByTheirsOnly(presence, base.presences, theirs.presences, ours.presences, PRESENCE_FEATURES)) {
				places.add(reference.substring(0, reference.indexOf(' ')) + " presences");
				restored.add(presence);
			}
		}
		// Theirs refers to what the result no longer has: the reference goes.
		for (Map.Entry<String, Curation> added : theirs.curations.entrySet()) {
			Curation curation = added.getValue();
			if (!base.curations.containsKey(added.getKey()) && !ours.curations.containsKey(added.getKey())
					&& kept(curation.getPresence().getId(), base.presences, ours.presences, theirs.presences, PRESENCE_FEATURES)
					&& !kept(curation.getMember().getId(), base.members, ours.members, theirs.members, MEMBER_FEATURES)) {
				places.add(added.getKey() + " member");
			}
		}
		for (String reference : theirs.references) {
			String presence = reference.substring(reference.indexOf(' ') + 1);
			if (!base.references.contains(reference) && !ours.references.contains(reference)
					&& !kept(presence, base.presences, ours.presences, theirs.presences, PRESENCE_FEATURES)) {
				places.add(reference.substring(0, reference.indexOf(' ')) + " presences");
			}
		}
	}

	/** Elements of the base: one feature changed differently, or deleted by one side and changed by the other. */
	private <T extends EObject> void elements(Set<String> ids, Map<String, T> inOurs, Map<String, T> inTheirs,
			List<Feature> features) {
		for (String id : ids) {
			T before = (T) (Object) (base.presences.containsKey(id) ? base.presences.get(id) : base.members.get(id));
			T our = inOurs.get(id);
			T their = inTheirs.get(id);
			if (our != null && their != null) {
				for (Feature feature : features) {
					Object was = feature.value().apply(before);
					Object ourValue = feature.value().apply(our);
					Object theirValue = feature.value().apply(their);
					if (!Objects.equals(ourValue, was) && !Objects.equals(theirValue, was) && !Objects.equals(ourValue, theirValue)) {
						places.add("id:" + id + " " + feature.name());
					}
				}
			} else if (our != null && edited(before, our, features) || their != null && edited(before, their, features)) {
				places.add("id:" + id + " -");
			}
		}
	}

	private void differing(String key, EObject our, EObject their, List<Feature> features) {
		for (Feature feature : features) {
			if (!Objects.equals(feature.value().apply(our), feature.value().apply(their))) {
				places.add(key + " " + feature.name());
			}
		}
	}

	/** Whether the result has a base element or a new one. */
	private <T extends EObject> boolean kept(String id, Map<String, T> inBase, Map<String, T> inOurs, Map<String, T> inTheirs,
			List<Feature> features) {
		if (restored.contains(id)) {
			return true;
		}
		T our = inOurs.get(id);
		if (!inBase.containsKey(id)) {
			return our != null || inTheirs.containsKey(id);
		}
		return our != null && (inTheirs.containsKey(id) || edited(inBase.get(id), our, features));
	}

	private <T extends EObject> boolean deletedByTheirsOnly(String id, Map<String, T> inBase, Map<String, T> inTheirs,
			Map<String, T> inOurs, List<Feature> features) {
		return inBase.containsKey(id) && !inTheirs.containsKey(id) && !edited(inBase.get(id), inOurs.get(id), features);
	}

	/** A feature changed, the element moved, or a child added: what makes a deletion on the other side a conflict. */
	private static boolean edited(EObject before, EObject after, List<Feature> features) {
		if (features.stream().anyMatch(feature -> !Objects.equals(feature.value().apply(before), feature.value().apply(after)))) {
			return true;
		}
		if (before instanceof Presence presence) {
			Set<String> members = new HashSet<>(presence.getCurations().stream().map(curation -> curation.getMember().getId()).toList());
			return ((Presence) after).getCurations().stream().anyMatch(curation -> !members.contains(curation.getMember().getId()));
		}
		return false;
	}

	private record Feature(String name, Function<EObject, Object> value) {
	}

	private static final List<Feature> PRESENCE_FEATURES = List.of(
			new Feature("platform", element -> ((Presence) element).getPlatform()),
			new Feature("cadence", element -> ((Presence) element).getCadence()),
			new Feature("status", element -> ((Presence) element).getStatus()),
			new Feature("container", element -> ((Presence) element).eContainer() instanceof org.socialmap.model.ModelElement owner ? owner.getId() : null));
	private static final List<Feature> MEMBER_FEATURES = List.of(
			new Feature("role", element -> ((Member) element).getRole()),
			new Feature("weeklyHours", element -> ((Member) element).getWeeklyHours()),
			new Feature("container", element -> ((Member) element).eContainer() instanceof org.socialmap.model.ModelElement owner ? owner.getId() : null));
	private static final List<Feature> CURATION_FEATURES = List.of(
			new Feature("role", element -> ((Curation) element).getRole()),
			new Feature("weeklyHours", element -> ((Curation) element).getWeeklyHours()));

	/** The elements of one version by id, its curations by key, its objectives' references as "key presence". */
	private static final class Version {

		final Map<String, Presence> presences = new HashMap<>();
		final Map<String, Member> members = new HashMap<>();
		final Map<String, Curation> curations = new HashMap<>();
		final Set<String> references = new HashSet<>();

		Version(Agency agency) {
			for (var contents = agency.eAllContents(); contents.hasNext();) {
				switch (contents.next()) {
				case Presence presence -> presences.put(presence.getId(), presence);
				case Member member -> members.put(member.getId(), member);
				case Curation curation -> curations.put("id:" + curation.getPresence().getId() + "/curation:id:"
						+ curation.getMember().getId(), curation);
				case Objective objective -> objective.getPresences()
						.forEach(presence -> references.add("id:" + objective.getId() + " " + presence.getId()));
				default -> {
				}
				}
			}
		}
	}
}
