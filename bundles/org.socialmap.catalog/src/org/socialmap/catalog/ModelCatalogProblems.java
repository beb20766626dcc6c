package org.socialmap.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.Affinity;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Presence;

/**
 * The catalog problems that touch one model, for tools that validate it: a conflict over a
 * platform, kind or organisation model id the model uses (it says which catalog's definition is used
 * and which is ignored); any problem of a catalog that defines something the model uses; and, when
 * the model uses an id no catalog defines, the catalogs that were skipped whole, one of which may
 * have been meant to define it.
 */
public final class ModelCatalogProblems {

	/**
	 * A catalog problem and why it touches the model.
	 *
	 * @param reason e.g. "the model uses platform 'mastodon'", for the end of a sentence
	 */
	public record Touching(CatalogProblem problem, String reason) {
	}

	private final CatalogRegistry catalogs;
	/** What the model uses, as "platform 'mastodon'", by subject and id. */
	private final Map<String, String> used = new HashMap<>();
	/** The first thing the model uses from each catalog file, by contributor/file. */
	private final Map<String, String> usedFromFile = new HashMap<>();
	private String firstUndefined;

	private ModelCatalogProblems(CatalogRegistry catalogs) {
		this.catalogs = catalogs;
	}

	/** In the registry's order. */
	public static List<Touching> of(Agency agency, CatalogRegistry catalogs) {
		ModelCatalogProblems uses = new ModelCatalogProblems(catalogs);
		for (TreeIterator<EObject> all = agency.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Presence presence) {
				uses.platform(presence.getPlatform());
			} else if (element instanceof Affinity affinity) {
				uses.platform(affinity.getPlatform());
				uses.note(CatalogConflict.KIND, affinity.getPlatformKind(),
						catalogs.kind(affinity.getPlatformKind()).map(PlatformKind::catalogId));
			} else if (element instanceof ClientCompany client) {
				uses.note(CatalogConflict.ORGANISATION_MODEL, client.getOrganisationModel(),
						catalogs.organisationModel(client.getOrganisationModel()).map(OrganisationModel::catalogId));
			}
		}
		return uses.touching();
	}

	private void platform(String id) {
		note(CatalogConflict.PLATFORM, id, catalogs.platform(id).map(Platform::catalogId));
	}

	private void note(String subject, String id, Optional<String> definingCatalog) {
		if (id == null || id.isBlank()) {
			return;
		}
		String what = subject + " '" + id + "'";
		used.putIfAbsent(key(subject, id), what);
		definingCatalog.flatMap(catalogs::catalog).ifPresentOrElse(
				catalog -> usedFromFile.putIfAbsent(file(catalog.contributor(), catalog.file()), what),
				() -> firstUndefined = firstUndefined == null ? what : firstUndefined);
	}

	private List<Touching> touching() {
		Map<CatalogProblem, CatalogConflict> conflicts = new HashMap<>();
		catalogs.conflicts().forEach(conflict -> conflicts.put(conflict.warning(), conflict));
		Set<String> loadedFiles = new HashSet<>();
		catalogs.catalogs().forEach(catalog -> loadedFiles.add(file(catalog.contributor(), catalog.file())));
		List<Touching> touching = new ArrayList<>();
		for (CatalogProblem problem : catalogs.problems()) {
			String file = file(problem.contributor(), problem.file());
			CatalogConflict conflict = conflicts.get(problem);
			if (conflict != null) {
				String what = used.get(key(conflict.subject(), conflict.id()));
				if (what != null) {
					touching.add(new Touching(problem, "the model uses " + what));
				}
			} else if (usedFromFile.containsKey(file)) {
				touching.add(new Touching(problem, "the model uses " + usedFromFile.get(file) + " of this catalog"));
			} else if (firstUndefined != null && !loadedFiles.contains(file)) {
				touching.add(new Touching(problem, "the model uses " + firstUndefined + ", which no installed catalog defines"));
			}
		}
		return touching;
	}

	private static String key(String subject, String id) {
		return subject + "/" + id;
	}

	private static String file(String contributor, String file) {
		return contributor + "/" + file;
	}
}
