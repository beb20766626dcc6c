package org.socialmap.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.socialmap.compare.Change;
import org.socialmap.compare.ModelDiff;
import org.socialmap.compare.ModelMerge;
import org.socialmap.model.Agency;
import org.socialmap.model.Cadence;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFiles;

/**
 * Diff and three-way merge of the 100-client agency (10,000 presences) with a few hundred random
 * edits on each side: set a cadence or a member's hours, add a presence or a curation, delete a
 * presence. Prints the medians after warm-up, and the bytes each allocates and the heap three
 * loaded versions take.
 */
public final class CompareBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = 5;
	private static final int EDITS_PER_SIDE = 300;

	public static void main(String[] args) throws IOException {
		Path folder = Files.createTempDirectory("socialmap-compare-benchmark");
		Path baseFile = save(SyntheticAgency.generate(100, 100, 20, 42), folder.resolve("base.socialmap"));
		Path oursFile = edited(baseFile, new Random(1), "ours", folder.resolve("ours.socialmap"));
		Path theirsFile = edited(baseFile, new Random(2), "theirs", folder.resolve("theirs.socialmap"));

		long heapBefore = usedHeap();
		Agency base = SocialmapFiles.load(baseFile);
		Agency ours = SocialmapFiles.load(oursFile);
		Agency theirs = SocialmapFiles.load(theirsFile);
		long threeVersions = usedHeap() - heapBefore;

		List<Change> changes = ModelDiff.between(base, ours);
		double diff = median(() -> ModelDiff.between(base, ours));
		long diffBytes = allocated(() -> ModelDiff.between(base, ours));
		double merge = medianOnCopies(ours, copy -> merge(base, copy, theirs));
		long mergeBytes = allocatedAfterCopy(base, ours, theirs);
		ModelMerge once = ModelMerge.of(base, ours, theirs);
		double whole = median(() -> {
			Path result = Files.copy(oursFile, folder.resolve("merged.socialmap"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Agency merged = SocialmapFiles.load(result);
			SocialmapEditing.createDomain(merged.eResource().getResourceSet()).getCommandStack()
					.execute(ModelMerge.of(SocialmapFiles.load(baseFile), merged, SocialmapFiles.load(theirsFile)).command());
			merged.eResource().save(null);
		});

		System.out.printf(Locale.ROOT, "content: %d clients, %d presences; %d edits a side; diff base -> ours: %d changes; merge: %d conflicts%n",
				base.getClients().size(), count(base, Presence.class), EDITS_PER_SIDE, changes.size(), once.conflicts().size());
		System.out.printf(Locale.ROOT, "diff: %.0f ms, %,d MB allocated%n", diff, diffBytes >> 20);
		System.out.printf(Locale.ROOT, "merge (plan and command, models loaded): %.0f ms, %,d MB allocated%n", merge, mergeBytes >> 20);
		System.out.printf(Locale.ROOT, "merge as the CLI does it (load three files, merge, save): %.0f ms%n", whole);
		System.out.printf(Locale.ROOT, "heap: %,d MB for the three loaded versions (after GC)%n", threeVersions >> 20);
		System.out.printf(Locale.ROOT, "(medians: %d runs after %d warm-up runs; %s %s, %d cores)%n", RUNS, WARM_UP,
				System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
	}

	private static void merge(Agency base, Agency ours, Agency theirs) {
		ModelMerge merge = ModelMerge.of(base, ours, theirs);
		// A copy is in no resource set: the command runs on a plain stack, as a domain's would run it.
		new org.eclipse.emf.common.command.BasicCommandStack().execute(merge.command());
	}

	private static Path edited(Path baseFile, Random random, String side, Path file) throws IOException {
		Agency agency = SocialmapFiles.load(baseFile);
		List<Presence> presences = all(agency, Presence.class);
		List<Member> members = all(agency, Member.class);
		for (int i = 0; i < EDITS_PER_SIDE; i++) {
			Presence presence = presences.get(random.nextInt(presences.size()));
			Member member = members.get(random.nextInt(members.size()));
			switch (random.nextInt(5)) {
			case 0 -> presence.setCadence(Cadence.get(1 + random.nextInt(6)));
			case 1 -> member.setWeeklyHours(1 + random.nextInt(10));
			case 2 -> {
				ClientCompany client = (ClientCompany) presence.eContainer();
				Presence added = SocialmapFactory.eINSTANCE.createPresence();
				added.setId(side + "-" + i);
				added.setName("Presence " + side + " " + i);
				added.setPlatform("mastodon");
				client.getPresences().add(added);
			}
			case 3 -> {
				Curation curation = SocialmapFactory.eINSTANCE.createCuration();
				curation.setMember(member);
				curation.setRole(CurationRole.CONTRIBUTOR);
				curation.setWeeklyHours(1);
				if (presence.eContainer() != null && presence.getCurations().stream().noneMatch(other -> other.getMember() == member)) {
					presence.getCurations().add(curation);
				}
			}
			default -> {
				if (presence.eContainer() != null) {
					EcoreUtil.delete(presence, true);
				}
			}
			}
		}
		agency.eResource().setURI(SocialmapFiles.fileUri(file));
		Files.deleteIfExists(file);
		agency.eResource().save(null);
		return file;
	}

	private static Path save(Agency agency, Path file) throws IOException {
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(agency);
		resource.save(null);
		return file;
	}

	private static <T> List<T> all(EObject root, Class<T> type) {
		List<T> found = new ArrayList<>();
		root.eAllContents().forEachRemaining(object -> {
			if (type.isInstance(object)) {
				found.add(type.cast(object));
			}
		});
		return found;
	}

	private static long count(EObject root, Class<?> type) {
		return all(root, type).size();
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Bytes this thread allocates running {@code task}. */
	private static long allocated(Task task) throws IOException {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		task.run();
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

	/** The merge's allocations without the copy of ours it works on. */
	private static long allocatedAfterCopy(Agency base, Agency ours, Agency theirs) throws IOException {
		Agency copy = EcoreUtil.copy(ours);
		return allocated(() -> merge(base, copy, theirs));
	}

	private static double median(Task task) throws IOException {
		for (int i = 0; i < WARM_UP; i++) {
			task.run();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			task.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[RUNS / 2];
	}

	/** The median of {@code task} on fresh copies of {@code agency}, made outside the timing: the merge changes its ours. */
	private static double medianOnCopies(Agency agency, java.util.function.Consumer<Agency> task) {
		double[] millis = new double[RUNS];
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			Agency copy = EcoreUtil.copy(agency);
			long start = System.nanoTime();
			task.accept(copy);
			if (i >= WARM_UP) {
				millis[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
			}
		}
		Arrays.sort(millis);
		return millis[RUNS / 2];
	}

	@FunctionalInterface
	private interface Task {
		void run() throws IOException;
	}
}
