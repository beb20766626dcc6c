package org.socialmap.diagram.server.diagram;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.diagram.server.model.ModelDocument;
import org.socialmap.rules.AffinityFit;

/**
 * What drawing a diagram reads besides the model, taken once per drawing: the catalogs as they are
 * now, the rules' findings and affinity fit.
 */
public record DiagramContext(CatalogRegistry catalogs, FindingsIndex findings, AffinityFit fit) {

	public static DiagramContext of(ModelDocument document) {
		CatalogRegistry catalogs = document.services().catalogs().get();
		return new DiagramContext(catalogs, new FindingsIndex(document.findings()), new AffinityFit(catalogs));
	}
}
