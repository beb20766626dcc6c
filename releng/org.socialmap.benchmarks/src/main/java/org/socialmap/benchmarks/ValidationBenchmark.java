package org.socialmap.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.socialmap.catalog.CatalogFiles;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;
import org.socialmap.model.Agency;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Validation;

/**
 * Validates the 100-client agency of {@link ModelIoBenchmark} (10,000 presences, 2,000 members),
 * loaded from its file, with every built-in rule and EMF's basic constraints, against the built-in
 * catalog; prints the median time after warm-up.
 */
public final class ValidationBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = 7;

	public static void main(String[] args) throws IOException {
		// The benchmark profile runs in this module's folder.
		CatalogRegistry catalogs = CatalogFiles.registry(List.of(
				CatalogSource.inFolder(Path.of("../../bundles/org.socialmap.catalog.builtin"), "catalog/platforms.xml")));
		if (!catalogs.problems().isEmpty()) {
			throw new IllegalStateException("the built-in catalog does not read cleanly: " + catalogs.problems());
		}
		Path file = Files.createTempDirectory("socialmap-benchmark").resolve("agency.socialmap");
		Resource resource = SocialmapFiles.newResourceSet().createResource(SocialmapFiles.fileUri(file));
		resource.getContents().add(SyntheticAgency.generate(100, 100, 20, 42));
		resource.save(null);
		Agency agency = SocialmapFiles.load(file);
		RuleSet rules = new RuleSet(Rules.builtin(), List.of());

		List<Finding> findings = List.of();
		for (int i = 0; i < WARM_UP; i++) {
			findings = Validation.validate(agency, catalogs, RuleSettings.defaults(), rules);
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			findings = Validation.validate(agency, catalogs, RuleSettings.defaults(), rules);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "validate: %.0f ms median (min %.0f, max %.0f) for 10,000 presences, %d rules, %,d findings%n",
				millis[RUNS / 2], millis[0], millis[RUNS - 1], rules.rules().size(), findings.size());
		System.out.printf(Locale.ROOT, "(%d runs after %d warm-up runs; %s %s, %d cores)%n", RUNS, WARM_UP,
				System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
	}
}
