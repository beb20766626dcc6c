package org.socialmap.notation.lookup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.Link;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;

/**
 * The keys that name edges in layouts and diagrams, as links and curations have no id of their own:
 * {@code link:SOURCE:KIND:TARGET} (KIND the link kind's name, e.g. {@code crossPosts}) and
 * {@code curation:MEMBER:PRESENCE}, by the ids of the elements they join. A second identical link
 * (or curation) gets {@code #2}, a third {@code #3}, in the order the model lists them.
 */
public final class EdgeKeys {

	private EdgeKeys() {
	}

	/** The key of {@code link}, among the links of its client. */
	public static String of(Link link) {
		List<Link> siblings = link.eContainer() instanceof ClientCompany client ? client.getLinks() : List.of(link);
		return numbered(link, siblings, EdgeKeys::unnumbered);
	}

	/** The key of {@code curation}, among the curations of its presence. */
	public static String of(Curation curation) {
		Presence presence = curation.getPresence();
		List<Curation> siblings = presence != null ? presence.getCurations() : List.of(curation);
		return numbered(curation, siblings, EdgeKeys::unnumbered);
	}

	/**
	 * The key of every link and curation of {@code client}, links first, each in model order: what
	 * {@link #of(Link)} and {@link #of(Curation)} give, in one pass.
	 */
	public static Map<EObject, String> allOf(ClientCompany client) {
		Map<EObject, String> keys = new LinkedHashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Link link : client.getLinks()) {
			keys.put(link, numbered(unnumbered(link), counts.merge(unnumbered(link), 1, Integer::sum)));
		}
		for (Presence presence : client.getPresences()) {
			for (Curation curation : presence.getCurations()) {
				keys.put(curation, numbered(unnumbered(curation), counts.merge(unnumbered(curation), 1, Integer::sum)));
			}
		}
		return keys;
	}

	private static String unnumbered(Link link) {
		return "link:" + id(link.getSource()) + ":" + link.getKind().getName() + ":" + id(link.getTarget());
	}

	private static String unnumbered(Curation curation) {
		return "curation:" + id(curation.getMember()) + ":" + id(curation.getPresence());
	}

	/** The key of the {@code edge} among {@code siblings}: numbered by the identical ones before it. */
	private static <T> String numbered(T edge, List<T> siblings, Function<T, String> unnumbered) {
		String key = unnumbered.apply(edge);
		int number = 1;
		for (T sibling : siblings) {
			if (sibling == edge) {
				break;
			}
			number += unnumbered.apply(sibling).equals(key) ? 1 : 0;
		}
		return numbered(key, number);
	}

	private static String numbered(String key, int number) {
		return number == 1 ? key : key + "#" + number;
	}

	/** An element's id; empty for an edge end not set yet. */
	private static String id(ModelElement element) {
		return element == null || element.getId() == null ? "" : element.getId();
	}
}
