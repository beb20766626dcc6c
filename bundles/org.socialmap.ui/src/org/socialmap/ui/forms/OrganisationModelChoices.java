package org.socialmap.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.OrganisationModel;

/**
 * What the organisation model field offers: none, every model of the installed catalogs by its
 * catalog name, and the client's own id when no installed catalog knows it (the model keeps it).
 *
 * @param ids    the id of each choice, {@code null} for none
 * @param labels what each choice reads
 */
record OrganisationModelChoices(List<String> ids, List<String> labels) {

	static final String NONE = "(none)";

	static OrganisationModelChoices of(CatalogRegistry catalogs, String current) {
		List<String> ids = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		ids.add(null);
		labels.add(NONE);
		for (OrganisationModel model : catalogs.organisationModels()) {
			ids.add(model.id());
			labels.add(model.name());
		}
		if (current != null && !ids.contains(current)) {
			ids.add(current);
			labels.add("'" + current + "' (no installed catalog defines it)");
		}
		return new OrganisationModelChoices(ids, labels);
	}
}
