package org.socialmap.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

	private ModelCatalogProblems() {
	}

	/** In the registry's order. */
	public static List<CatalogProblem> of(Agency agency, CatalogRegistry catalogs) {
		Set<String> used = new HashSet<>();
		Set<String> definingFiles = new HashSet<>();
		boolean usesUndefined = false;
		for (TreeIterator<EObject> all = agency.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Presence presence) {
				usesUndefined |= use(CatalogConflict.PLATFORM, presence.getPlatform(),
						catalogs.platform(presence.getPlatform()).map(Platform::catalogId), used, definingFiles, catalogs);
			} else if (element instanceof Affinity affinity) {
				usesUndefined |= use(CatalogConflict.PLATFORM, affinity.getPlatform(),
						catalogs.platform(affinity.getPlatform()).map(Platform::catalogId), used, definingFiles, catalogs);
				usesUndefined |= use(CatalogConflict.KIND, affinity.getPlatformKind(),
						catalogs.kind(affinity.getPlatformKind()).map(PlatformKind::catalogId), used, definingFiles, catalogs);
			} else if (element instanceof ClientCompany client) {
				usesUndefined |= use(CatalogConflict.ORGANISATION_MODEL, client.getOrganisationModel(),
						catalogs.organisationModel(client.getOrganisationModel()).map(OrganisationModel::catalogId), used,
						definingFiles, catalogs);
			}
		}
		Set<CatalogProblem> conflictWarnings = new HashSet<>();
		Set<CatalogProblem> usedConflicts = new HashSet<>();
		for (CatalogConflict conflict : catalogs.conflicts()) {
			conflictWarnings.add(conflict.warning());
			if (used.contains(key(conflict.subject(), conflict.id()))) {
				usedConflicts.add(conflict.warning());
			}
		}
		Set<String> loadedFiles = new HashSet<>();
		catalogs.catalogs().forEach(catalog -> loadedFiles.add(file(catalog.contributor(), catalog.file())));
		List<CatalogProblem> touching = new ArrayList<>();
		for (CatalogProblem problem : catalogs.problems()) {
			String file = file(problem.contributor(), problem.file());
			boolean touches = conflictWarnings.contains(problem) ? usedConflicts.contains(problem)
					: definingFiles.contains(file) || (usesUndefined && !loadedFiles.contains(file));
			if (touches) {
				touching.add(problem);
			}
		}
		return touching;
	}

	/** Notes one id the model uses; true when no catalog defines it. */
	private static boolean use(String subject, String id, Optional<String> definingCatalog, Set<String> used,
			Set<String> definingFiles, CatalogRegistry catalogs) {
		if (id == null || id.isBlank()) {
			return false;
		}
		used.add(key(subject, id));
		definingCatalog.flatMap(catalogs::catalog)
				.ifPresent(catalog -> definingFiles.add(file(catalog.contributor(), catalog.file())));
		return definingCatalog.isEmpty();
	}

	private static String key(String subject, String id) {
		return subject + "/" + id;
	}

	private static String file(String contributor, String file) {
		return contributor + "/" + file;
	}
}
