package org.socialmap.assignment;

import java.util.Locale;

import org.socialmap.catalog.CatalogLabels;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.PlatformKind;
import org.socialmap.model.Affinity;
import org.socialmap.model.Member;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;
import org.socialmap.rules.AffinityFit;

/**
 * The one-line reason of a proposal: the affinity that gives the member's fit and their load once
 * the proposals are applied, e.g. "Luca: strong affinity with photo sharing platforms (Flickr); 3
 * of 6 h/week used".
 */
final class ReasonWriter {

	private final CatalogRegistry catalogs;

	ReasonWriter(CatalogRegistry catalogs) {
		this.catalogs = catalogs;
	}

	String reason(Member member, String platformId, int fit, double hoursUsed) {
		return Labels.name(member) + ": " + affinity(member, platformId, fit) + "; " + Labels.number(hoursUsed)
				+ " of " + Labels.number(Workload.availableHours(member)) + " h/week used";
	}

	private String affinity(Member member, String platformId, int fit) {
		String platformName = CatalogLabels.platformName(platformId, catalogs);
		if (fit == AffinityFit.NONE) {
			return "no affinity with " + platformName;
		}
		Affinity reason = strongestMatch(member, platformId, fit);
		String strength = reason.getStrength().getLiteral();
		if (platformId.equals(reason.getPlatform())) {
			return strength + " affinity with " + platformName;
		}
		String kindName = catalogs.kind(reason.getPlatformKind()).map(PlatformKind::name)
				.orElse(reason.getPlatformKind()).toLowerCase(Locale.ROOT);
		return strength + " affinity with " + kindName + " platforms (" + platformName + ")";
	}

	/** The affinity behind the fit; one naming the platform itself reads better than one naming its kind. */
	private Affinity strongestMatch(Member member, String platformId, int fit) {
		Affinity byKind = null;
		for (Affinity affinity : member.getAffinities()) {
			if (affinity.getStrength().getValue() != fit) {
				continue;
			}
			if (platformId.equals(affinity.getPlatform())) {
				return affinity;
			}
			if (byKind == null && affinity.getPlatformKind() != null && catalogs.platform(platformId)
					.map(platform -> platform.hasKind(affinity.getPlatformKind())).orElse(false)) {
				byKind = affinity;
			}
		}
		if (byKind == null) {
			throw new IllegalStateException(Labels.name(member) + " has no affinity of fit " + fit + " with " + platformId);
		}
		return byKind;
	}
}
