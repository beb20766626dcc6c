package org.socialmap.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a merged list: ours' order, with each of theirs' new items placed after the item
 * that comes before it in theirs, past the items only ours added there. So both sides' appends
 * come out ours first, then theirs, as Git's own merge would put added lines, and merging the
 * result again changes nothing.
 */
final class Interleaving {

	private Interleaving() {
	}

	/** The {@code members} in the order of {@code ours}, with those only {@code theirs} orders woven in. */
	static <T> List<T> order(List<T> ours, List<T> theirs, Collection<T> members) {
		Set<T> wanted = members instanceof Set<T> set ? set : new HashSet<>(members);
		List<T> result = new ArrayList<>();
		Set<T> placed = new HashSet<>();
		for (T item : ours) {
			if (wanted.contains(item) && placed.add(item)) {
				result.add(item);
			}
		}
		Set<T> inTheirs = new HashSet<>(theirs);
		T previous = null;
		for (T item : theirs) {
			if (!wanted.contains(item)) {
				continue;
			}
			if (placed.add(item)) {
				int at = previous == null ? 0 : result.indexOf(previous) + 1;
				while (at < result.size() && !inTheirs.contains(result.get(at))) {
					at++;
				}
				result.add(at, item);
			}
			previous = item;
		}
		for (T item : members) {
			if (placed.add(item)) {
				result.add(item);
			}
		}
		return result;
	}

	/**
	 * A many-valued feature both sides kept: what theirs removed is gone, what theirs added is
	 * woven in, the rest is ours. Never a conflict: the values are a list of things, not one value.
	 */
	static <T> List<T> merge(List<T> base, List<T> ours, List<T> theirs) {
		Set<T> members = new LinkedHashSet<>();
		for (T item : ours) {
			if (theirs.contains(item) || !base.contains(item)) {
				members.add(item);
			}
		}
		for (T item : theirs) {
			if (!base.contains(item)) {
				members.add(item);
			}
		}
		return order(ours, theirs, members);
	}
}
