package org.socialmap.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.rules.AffinityFit;

/**
 * The affinity fit of every member for every presence, worked out once per member and distinct
 * platform: a map has far fewer platforms than presences.
 */
final class FitTable {

	private final int[] platformOfPresence;
	private final int[][] fitByMemberAndPlatform;

	FitTable(AffinityFit affinityFit, List<Member> members, List<Presence> presences) {
		Map<String, Integer> platformIndex = new HashMap<>();
		platformOfPresence = new int[presences.size()];
		for (int p = 0; p < presences.size(); p++) {
			platformOfPresence[p] = platformIndex.computeIfAbsent(presences.get(p).getPlatform(), id -> platformIndex.size());
		}
		String[] platforms = new String[platformIndex.size()];
		platformIndex.forEach((id, index) -> platforms[index] = id);
		fitByMemberAndPlatform = new int[members.size()][platforms.length];
		for (int m = 0; m < members.size(); m++) {
			for (int i = 0; i < platforms.length; i++) {
				fitByMemberAndPlatform[m][i] = affinityFit.of(members.get(m), platforms[i]);
			}
		}
	}

	int fit(int member, int presence) {
		return fitByMemberAndPlatform[member][platformOfPresence[presence]];
	}
}
