package org.socialmap.diagram.server.diagram;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.document.ModelDocument;
import org.socialmap.model.Presence;
import org.socialmap.rules.AffinityFit;

/**
 * What drawing a diagram reads besides the model, taken once per drawing: the catalogs as they are
 * now, affinity fit, the showcase presences, and the rules' findings, asked for only when a filter
 * needs them.
 */
public final class DiagramContext {

	private final ModelDocument document;
	private final CatalogRegistry catalogs;
	private final AffinityFit fit;
	private final Set<EObject> showcases;
	private FindingsIndex findings;

	private DiagramContext(ModelDocument document) {
		this.document = document;
		this.catalogs = document.services().catalogs().get();
		this.fit = new AffinityFit(catalogs);
		this.showcases = document.showcases();
	}

	public static DiagramContext of(ModelDocument document) {
		return new DiagramContext(document);
	}

	public CatalogRegistry catalogs() {
		return catalogs;
	}

	public AffinityFit fit() {
		return fit;
	}

	/** Whether the rules call the presence a showcase: one with no purpose or no tie to the core business. */
	public boolean isShowcase(Presence presence) {
		return showcases.contains(presence);
	}

	public FindingsIndex findings() {
		if (findings == null) {
			findings = new FindingsIndex(document.findings());
		}
		return findings;
	}
}
