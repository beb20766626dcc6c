package org.socialmap.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.socialmap.assignment.AssignmentResult;
import org.socialmap.assignment.CuratorAssistant;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.catalog.PlatformStatus;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.rules.RuleSettings;

/**
 * The curator assignment assistant on one client of 200 members and 1,000 presences, then of 2,000
 * members and 10,000 presences: reassigning every owner and backup (every role open, the hardest
 * case), and keeping the existing ones (60% of the presences start with none). Prints the median
 * time of several runs after warm-up and the peak heap during a run.
 */
public final class AssignmentBenchmark {

	private static final int WARM_UP = 2;
	private static final int RUNS = 5;
	private static final double SHARE_WITHOUT_CURATIONS = 0.6;

	/** The platforms of {@link SyntheticAgency} with kinds, so that kind affinities count too. */
	private static final String[][] PLATFORMS = { { "facebook", "social-network", "aggregator" }, { "instagram", "photo" },
			{ "linkedin", "professional" }, { "youtube", "video" }, { "tiktok", "video" }, { "twitter", "microblog" },
			{ "threads", "microblog" }, { "bluesky", "microblog" }, { "mastodon", "microblog" }, { "pinterest", "photo" },
			{ "reddit", "aggregator" }, { "twitch", "video" }, { "flickr", "photo" }, { "vimeo", "video" },
			{ "medium", "blog" }, { "substack", "blog" }, { "telegram", "messaging" }, { "whatsapp", "messaging" },
			{ "discord", "messaging" }, { "google-business-profile", "social-network" } };
	private static final String[] KINDS = { "photo", "video", "microblog", "social-network", "aggregator",
			"professional", "messaging", "blog" };

	public static void main(String[] args) {
		CuratorAssistant assistant = new CuratorAssistant(catalogs(), RuleSettings.defaults());
		measure(assistant, 200, 1_000);
		measure(assistant, 2_000, 10_000);
		System.out.printf(Locale.ROOT, "(medians of %d runs after %d warm-up runs; peak heap: the sum of the heap pools' peaks "
				+ "during one run, an upper bound; %s %s, %d cores, max heap %d MB)%n", RUNS, WARM_UP,
				System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
	}

	private static void measure(CuratorAssistant assistant, int members, int presences) {
		ClientCompany client = client(members, presences);
		for (boolean keepExisting : new boolean[] { false, true }) {
			AssignmentResult result = null;
			for (int i = 0; i < WARM_UP; i++) {
				result = assistant.propose(client, keepExisting);
			}
			double[] millis = new double[RUNS];
			long peakHeap = 0;
			long baseline = 0;
			for (int i = 0; i < RUNS; i++) {
				System.gc();
				baseline = resetHeapPeaks();
				long start = System.nanoTime();
				result = assistant.propose(client, keepExisting);
				millis[i] = (System.nanoTime() - start) / 1e6;
				peakHeap = Math.max(peakHeap, heapPeaks());
			}
			Arrays.sort(millis);
			System.out.printf(Locale.ROOT, "%,d members x %,d presences, %s: %.0f ms (min %.0f, max %.0f); "
					+ "%,d roles proposed, mean fit %.2f, %s; peak heap %d MB (%d MB before the run)%n",
					members, presences, keepExisting ? "keeping existing owners and backups" : "reassigning all roles",
					millis[RUNS / 2], millis[0], millis[RUNS - 1], result.proposals().size(),
					(double) result.totalFit() / Math.max(1, result.proposals().size()),
					result.feasible() ? "feasible" : "infeasible: " + result.infeasibility().orElseThrow(),
					peakHeap >> 20, baseline >> 20);
		}
	}

	/**
	 * A client of the synthetic agency, with weekly hours that make a full reassignment feasible but
	 * not roomy (about 15% more role hours than roles), and no curations on some of its presences.
	 * MinCostFlowComparison builds its flow networks from the same clients.
	 */
	static ClientCompany client(int members, int presences) {
		ClientCompany client = SyntheticAgency.generate(1, presences, members, 42).getClients().get(0);
		Random random = new Random(7);
		for (Member member : client.getTeams().get(0).getMembers()) {
			member.setWeeklyHours(8 + random.nextInt(8));
		}
		for (Presence presence : client.getPresences()) {
			if (random.nextDouble() < SHARE_WITHOUT_CURATIONS) {
				presence.getCurations().forEach(curation -> curation.setMember(null));
				presence.getCurations().clear();
			}
		}
		return client;
	}

	static CatalogRegistry catalogs() {
		Map<String, PlatformKind> kinds = new LinkedHashMap<>();
		for (String kind : KINDS) {
			kinds.put(kind, new PlatformKind(kind, kind, null, "benchmark"));
		}
		Map<String, Platform> platforms = new LinkedHashMap<>();
		for (String[] platform : PLATFORMS) {
			List<String> platformKinds = List.of(platform).subList(1, platform.length);
			platforms.put(platform[0], new Platform(platform[0], platform[0], platformKinds, Set.of(), null, null,
					PlatformStatus.ACTIVE, null, null, null, "benchmark"));
		}
		return new CatalogRegistry(platforms, kinds, Map.of(), List.of(), List.of());
	}

	/** Resets the heap pools' peaks to their current use and returns that use. */
	static long resetHeapPeaks() {
		long used = 0;
		for (MemoryPoolMXBean pool : heapPools()) {
			pool.resetPeakUsage();
			used += pool.getUsage().getUsed();
		}
		return used;
	}

	static long heapPeaks() {
		return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
	}
}
