package org.socialmap.catalog;

import java.util.Objects;

import org.socialmap.model.OrganisationStructure;

/**
 * A way of organising a company's social media work, named by the id a client company's
 * {@code organisationModel} holds. The structure is what rules check the team against.
 *
 * @param id          stable id, e.g. {@code forrester.cross-functional}
 * @param name        what a modeller reads
 * @param structure   the shape the rules check
 * @param description one or two sentences for tooltips and reports
 * @param catalogId   the catalog whose definition this is
 */
public record OrganisationModel(String id, String name, OrganisationStructure structure, String description,
		String catalogId) {

	public OrganisationModel {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(structure, "structure");
	}
}
