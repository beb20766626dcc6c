package org.socialmap.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.socialmap.model.Agency;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.model.io.SocialmapFiles;

/**
 * Loads and saves a 100-client agency (10,000 presences, 2,000 members) with Socialmap's resource
 * and options, and with EMF's XMI resource and its default options, on the same content; prints
 * the median of several runs after warm-up. By default EMF looks each id reference up by walking the
 * whole resource; a third row, EMF's defaults plus an id index and id references resolved at the end
 * of the load, shows how much of the difference those two options alone make.
 */
public final class ModelIoBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = 5;
	/** EMF's default load is quadratic in references here, about a minute a run: fewer runs of it. */
	private static final int SLOW_RUNS = 3;

	public static void main(String[] args) throws IOException {
		Agency agency = SyntheticAgency.generate(100, 100, 20, 42);
		Path folder = Files.createTempDirectory("socialmap-benchmark");
		Path socialmapFile = folder.resolve("agency.socialmap");
		Path defaultFile = folder.resolve("agency-default.xmi");

		double socialmapSave = median(WARM_UP, RUNS, () -> saveSocialmap(EcoreUtil.copy(agency), socialmapFile));
		double defaultSave = median(WARM_UP, RUNS, () -> saveWithDefaults(EcoreUtil.copy(agency), defaultFile));
		double socialmapLoad = median(WARM_UP, RUNS, () -> SocialmapFiles.load(socialmapFile));
		double indexedLoad = median(WARM_UP, RUNS, () -> loadWithDefaults(defaultFile, true));
		double defaultLoad = median(0, SLOW_RUNS, () -> loadWithDefaults(defaultFile, false));
		checkSameContent(agency, SocialmapFiles.load(socialmapFile), loadWithDefaults(defaultFile, true));

		System.out.printf(Locale.ROOT, "content: %d clients, %d presences, %d members, %d objects%n",
				agency.getClients().size(), count(agency, "Presence"), count(agency, "Member"), 1 + sizeOf(agency));
		System.out.printf(Locale.ROOT, "file: %,d bytes, %,d lines (Socialmap); %,d bytes (EMF defaults)%n",
				Files.size(socialmapFile), Files.readAllLines(socialmapFile).size(), Files.size(defaultFile));
		System.out.printf(Locale.ROOT, "load: Socialmap %.0f ms | EMF defaults %.0f ms (%.1fx slower) "
				+ "| EMF defaults + id index, deferred id references %.0f ms (%.1fx slower)%n",
				socialmapLoad, defaultLoad, defaultLoad / socialmapLoad, indexedLoad, indexedLoad / socialmapLoad);
		System.out.printf(Locale.ROOT, "save: Socialmap %.0f ms | EMF defaults %.0f ms (%.1fx slower)%n",
				socialmapSave, defaultSave, defaultSave / socialmapSave);
		System.out.printf(Locale.ROOT, "(medians: %d runs after %d warm-up runs, EMF default load %d runs; %s %s, %d cores)%n",
				RUNS, WARM_UP, SLOW_RUNS, System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
	}

	private static void saveSocialmap(Agency agency, Path file) throws IOException {
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(agency);
		Files.deleteIfExists(file); // measure a real write, not the unchanged-file shortcut
		resource.save(null);
	}

	private static void saveWithDefaults(Agency agency, Path file) throws IOException {
		Resource resource = defaultResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(agency);
		resource.save(null);
	}

	private static Agency loadWithDefaults(Path file, boolean withIdIndex) throws IOException {
		ResourceImpl resource = (ResourceImpl) defaultResourceSet().createResource(URI.createFileURI(file.toString()));
		Map<Object, Object> options = new HashMap<>();
		if (withIdIndex) {
			resource.setIntrinsicIDToEObjectMap(new HashMap<>());
			options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		}
		resource.load(options);
		return (Agency) resource.getContents().get(0);
	}

	private static ResourceSet defaultResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(SocialmapPackage.eNS_URI, SocialmapPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return resourceSet;
	}

	private static void checkSameContent(Agency original, Agency viaSocialmap, Agency viaDefaults) {
		if (!EcoreUtil.equals(original, viaSocialmap) || !EcoreUtil.equals(original, viaDefaults)) {
			throw new IllegalStateException("a saved and loaded agency differs from the generated one");
		}
	}

	private static double median(int warmUp, int runs, Task task) throws IOException {
		for (int i = 0; i < warmUp; i++) {
			task.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			task.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[runs / 2];
	}

	private static int sizeOf(EObject root) {
		int[] size = { 0 };
		root.eAllContents().forEachRemaining(object -> size[0]++);
		return size[0];
	}

	private static long count(EObject root, String className) {
		long[] count = { 0 };
		root.eAllContents().forEachRemaining(object -> {
			if (object.eClass().getName().equals(className)) {
				count[0]++;
			}
		});
		return count[0];
	}

	@FunctionalInterface
	private interface Task {
		void run() throws IOException;
	}
}
