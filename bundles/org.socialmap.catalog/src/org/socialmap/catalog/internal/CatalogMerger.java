package org.socialmap.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.socialmap.catalog.CatalogConflict;
import org.socialmap.catalog.CatalogInfo;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.catalog.Platform;
import org.socialmap.catalog.PlatformKind;

/**
 * Merges catalogs into one registry. When two catalogs define the same platform, kind or
 * organisation model id, the definition from the contribution with the higher priority wins whole;
 * on equal priority the built-in catalog keeps its ids, and between other contributions the one whose
 * contributing bundle name sorts first (then file name) wins. Either way a warning names both, filed
 * under the contribution that is not the built-in catalog: the extender is the one who can act on it.
 */
public final class CatalogMerger {

	/** The order in which contributions claim ids: the first claim wins. */
	static final Comparator<CatalogContribution> PRECEDENCE = Comparator
			.comparingInt(CatalogContribution::priority).reversed()
			.thenComparing(contribution -> !isBuiltin(contribution))
			.thenComparing(CatalogContribution::contributor)
			.thenComparing(CatalogContribution::file);

	private final List<CatalogProblem> problems = new ArrayList<>();
	private final List<CatalogConflict> conflicts = new ArrayList<>();

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
			claimAll(contribution, catalog.platforms(), Platform::id, CatalogConflict.PLATFORM, "platform", platforms);
			claimAll(contribution, catalog.kinds(), PlatformKind::id, CatalogConflict.KIND, "kind", kinds);
			claimAll(contribution, catalog.organisationModels(), OrganisationModel::id,
					CatalogConflict.ORGANISATION_MODEL, "organisation-model", models);
			infos.add(new CatalogInfo(catalog.id(), catalog.name(), contribution.contributor(), contribution.file(),
					contribution.priority(), catalog.platforms().size(), catalog.kinds().size(),
					catalog.organisationModels().size()));
		}
		reportUndefinedKinds(platforms, kinds);
		return new CatalogRegistry(
				sortedBy(platforms, platform -> platform.name().toLowerCase(Locale.ROOT)),
				sortedBy(kinds, kind -> kind.name().toLowerCase(Locale.ROOT)),
				inClaimOrder(models), infos, problems, conflicts);
	}

	private <T> void claimAll(CatalogContribution contribution, List<T> definitions, Function<T, String> idOf,
			String subject, String element, Map<String, Claim<T>> claims) {
		for (T definition : definitions) {
			String id = idOf.apply(definition);
			Claim<T> earlier = claims.get(id);
			Claim<T> claim = new Claim<>(definition, contribution, contribution.catalog().line(element, id));
			if (earlier == null) {
				claims.put(id, claim);
			} else {
				conflict(subject, id, earlier, claim);
			}
		}
	}

	private void conflict(String subject, String id, Claim<?> used, Claim<?> ignored) {
		CatalogProblem warning = warning(subject + " '" + id + "' ", used, ignored);
		problems.add(warning);
		conflicts.add(new CatalogConflict(subject, id, used.definitionSite(), ignored.definitionSite(), warning));
	}

	/** Filed under the side that is not the built-in catalog's. */
	private static CatalogProblem warning(String what, Claim<?> used, Claim<?> ignored) {
		if (isBuiltin(ignored.owner()) && !isBuiltin(used.owner())) {
			return used.warning(what + "replaces the built-in catalog's definition at " + ignored.definitionSite().where()
					+ " (priority " + ignored.owner().priority() + "): higher priority wins");
		}
		String rule = used.owner().priority() > ignored.owner().priority() ? "higher priority wins"
				: isBuiltin(used.owner()) ? "on equal priority the built-in catalog keeps its ids"
						: "on equal priority the contributor that sorts first wins";
		return ignored.warning(what + "is also defined by " + used.definitionSite().where() + " (priority "
				+ used.owner().priority() + "), whose definition is used: " + rule);
	}

	private static boolean isBuiltin(CatalogContribution contribution) {
		return Catalogs.BUILTIN.equals(contribution.contributor());
	}

	private void reportUndefinedKinds(Map<String, Claim<Platform>> platforms, Map<String, Claim<PlatformKind>> kinds) {
		for (Claim<Platform> claim : platforms.values()) {
			for (String kind : claim.definition().kinds()) {
				if (!kinds.containsKey(kind)) {
					problems.add(claim.warning("platform '" + claim.definition().id() + "' names kind '" + kind
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

	/** A definition, the contribution that made it and the line where it starts. */
	private record Claim<T>(T definition, CatalogContribution owner, int line) {

		CatalogConflict.Definition definitionSite() {
			return new CatalogConflict.Definition(owner.contributor(), owner.file(), line, owner.priority());
		}

		CatalogProblem warning(String message) {
			return new CatalogProblem(Severity.WARNING, owner.contributor(), owner.file(), line, message);
		}
	}
}
