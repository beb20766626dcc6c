package org.socialmap.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every platform, platform kind and organisation model the installed catalogs define, merged, with
 * the problems found on the way. Immutable: when plug-ins come or go, {@link Catalogs} builds a new one.
 */
public final class CatalogRegistry {

	private final Map<String, Platform> platforms;
	private final Map<String, PlatformKind> kinds;
	private final Map<String, OrganisationModel> organisationModels;
	private final List<CatalogInfo> catalogs;
	private final List<CatalogProblem> problems;
	private final List<CatalogConflict> conflicts;

	/**
	 * Maps are used as given, in the order to list them. To read catalog files, use {@link Catalogs}
	 * inside Eclipse or {@link CatalogFiles} outside.
	 */
	public CatalogRegistry(Map<String, Platform> platforms, Map<String, PlatformKind> kinds,
			Map<String, OrganisationModel> organisationModels, List<CatalogInfo> catalogs,
			List<CatalogProblem> problems) {
		this(platforms, kinds, organisationModels, catalogs, problems, List.of());
	}

	/** As above, with the conflicts the merge decided (each is also one of the warnings in {@code problems}). */
	public CatalogRegistry(Map<String, Platform> platforms, Map<String, PlatformKind> kinds,
			Map<String, OrganisationModel> organisationModels, List<CatalogInfo> catalogs,
			List<CatalogProblem> problems, List<CatalogConflict> conflicts) {
		this.platforms = Collections.unmodifiableMap(platforms);
		this.kinds = Collections.unmodifiableMap(kinds);
		this.organisationModels = Collections.unmodifiableMap(organisationModels);
		this.catalogs = List.copyOf(catalogs);
		this.problems = List.copyOf(problems);
		this.conflicts = List.copyOf(conflicts);
	}

	public Optional<Platform> platform(String id) {
		return Optional.ofNullable(id == null ? null : platforms.get(id));
	}

	/** All platforms, ordered by name. */
	public Collection<Platform> platforms() {
		return platforms.values();
	}

	public Optional<PlatformKind> kind(String id) {
		return Optional.ofNullable(id == null ? null : kinds.get(id));
	}

	/** All platform kinds, ordered by name. */
	public Collection<PlatformKind> kinds() {
		return kinds.values();
	}

	/** Whether the platform's primary kind is defined with this trait. */
	public boolean primaryKindHas(Platform platform, KindTrait trait) {
		return platform.primaryKind().flatMap(this::kind).map(kind -> kind.hasTrait(trait)).orElse(false);
	}

	/** Whether any of the platform's kinds is defined with this trait. */
	public boolean anyKindHas(Platform platform, KindTrait trait) {
		return platform.kinds().stream().flatMap(id -> kind(id).stream()).anyMatch(kind -> kind.hasTrait(trait));
	}

	public Optional<OrganisationModel> organisationModel(String id) {
		return Optional.ofNullable(id == null ? null : organisationModels.get(id));
	}

	/** Catalog by catalog in the order that decides conflicts, each catalog's in file order. */
	public Collection<OrganisationModel> organisationModels() {
		return organisationModels.values();
	}

	/** The catalogs that loaded, at least in part. */
	public List<CatalogInfo> catalogs() {
		return catalogs;
	}

	/** The catalog that loaded with this id, the first in precedence order if two share it. */
	public Optional<CatalogInfo> catalog(String catalogId) {
		return catalogs.stream().filter(catalog -> catalog.id().equals(catalogId)).findFirst();
	}

	/** What was wrong with the contributions, and how each conflict was decided. */
	public List<CatalogProblem> problems() {
		return problems;
	}

	/** Every id that two catalogs define, with the definition used and the one ignored. */
	public List<CatalogConflict> conflicts() {
		return conflicts;
	}
}
