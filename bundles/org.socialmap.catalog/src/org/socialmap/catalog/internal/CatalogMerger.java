package org.socialmap.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;

/**
 * Merges catalogs into one registry. When two catalogs define the same platform, kind or
 * organisation model id, the definition from the contribution with the higher priority wins whole;
 * on equal priority, the one whose contributing bundle name sorts first (then file name) wins.
 * Either way a warning names both. The built-in catalog is merged like any other.
 */
public final class CatalogMerger {

	/** The order in which contributions claim ids: the first claim wins. */
	static final Comparator<CatalogContribution> PRECEDENCE = Comparator
			.comparingInt(CatalogContribution::priority).reversed()
			.thenComparing(CatalogContribution::contributor)
			.thenComparing(CatalogContribution::file);

	private final List<CatalogProblem> problems = new ArrayList<>();

	public CatalogRegistry merge(List<CatalogContribution> contributions, List<CatalogProblem> earlierProblems) {
		problems.addAll(earlierProblems);
		List<CatalogContribution> ordered = contributions.stream().sorted(PRECEDENCE).toList();
		Map<String, Claim<Platform>> platforms = new LinkedHashMap<>();
		Map<String, Claim<PlatformKind>> kinds = new LinkedHashMap<>();
		Map<String, Claim<OrganisationModel>> models = new LinkedHashMap<>();
		List<CatalogInfo> infos = new ArrayList<>();
		for (CatalogContribution contribution : ordered) {
			ParsedCatalog catalog = contribution.catalog();
			problems.addAll(catalog.problems());
			claimAll(contribution, catalog.platforms(), Platform::id, "platform", platforms);
			claimAll(contribution, catalog.kinds(), PlatformKind::id, "platform kind", kinds);
			claimAll(contribution, catalog.organisationModels(), OrganisationModel::id, "organisation model", models);
			infos.add(new CatalogInfo(catalog.id(), catalog.name(), contribution.contributor(), contribution.file(),
					contribution.priority(), catalog.platforms().size(), catalog.kinds().size(),
					catalog.organisationModels().size()));
		}
		reportUndefinedKinds(platforms, kinds);
		return new CatalogRegistry(
				sortedBy(platforms, platform -> platform.name().toLowerCase(Locale.ROOT)),
				sortedBy(kinds, kind -> kind.name().toLowerCase(Locale.ROOT)),
				inClaimOrder(models), infos, problems);
	}

	private <T> void claimAll(CatalogContribution contribution, List<T> definitions, Function<T, String> idOf,
			String what, Map<String, Claim<T>> claims) {
		for (T definition : definitions) {
			String id = idOf.apply(definition);
			Claim<T> earlier = claims.get(id);
			if (earlier == null) {
				claims.put(id, new Claim<>(definition, contribution));
			} else {
				CatalogContribution winner = earlier.owner();
				problems.add(new CatalogProblem(Severity.WARNING, contribution.contributor(), contribution.file(),
						what + " '" + id + "' is also defined by " + winner.contributor() + "/" + winner.file()
								+ " (priority " + winner.priority() + "), whose definition is used: "
								+ (winner.priority() > contribution.priority() ? "higher priority wins"
										: "on equal priority the contributor that sorts first wins")));
			}
		}
	}

	private void reportUndefinedKinds(Map<String, Claim<Platform>> platforms, Map<String, Claim<PlatformKind>> kinds) {
		for (Claim<Platform> claim : platforms.values()) {
			for (String kind : claim.definition().kinds()) {
				if (!kinds.containsKey(kind)) {
					problems.add(new CatalogProblem(Severity.WARNING, claim.owner().contributor(), claim.owner().file(),
							"platform '" + claim.definition().id() + "' names kind '" + kind
									+ "', which no installed catalog defines"));
				}
			}
		}
	}

	private static <T> Map<String, T> sortedBy(Map<String, Claim<T>> claims, Function<T, String> key) {
		Map<String, T> sorted = new LinkedHashMap<>();
		claims.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<String, Claim<T>> entry) -> key.apply(entry.getValue().definition()))
						.thenComparing(Map.Entry::getKey))
				.forEach(entry -> sorted.put(entry.getKey(), entry.getValue().definition()));
		return sorted;
	}

	/**
	 * Contributions claim in precedence order and each in file order, so catalog authors choose how
	 * their organisation models are listed (the built-in catalog: Forrester's, then Altimeter's).
	 */
	private static <T> Map<String, T> inClaimOrder(Map<String, Claim<T>> claims) {
		Map<String, T> ordered = new LinkedHashMap<>();
		claims.forEach((id, claim) -> ordered.put(id, claim.definition()));
		return ordered;
	}

	/** A definition and the contribution that made it. */
	private record Claim<T>(T definition, CatalogContribution owner) {
	}
}
