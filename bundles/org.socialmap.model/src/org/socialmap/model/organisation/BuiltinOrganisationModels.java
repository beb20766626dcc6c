package org.socialmap.model.organisation;

import java.util.List;
import java.util.Optional;

import org.socialmap.model.OrganisationStructure;

/** The organisation models every installation knows: Forrester's three and Altimeter's five. */
public final class BuiltinOrganisationModels {

	public static final String SOURCE = "built-in";

	public static final String FORRESTER_DISTRIBUTED = "forrester.distributed";
	public static final String FORRESTER_CENTRALIZED = "forrester.centralized";
	public static final String FORRESTER_CROSS_FUNCTIONAL = "forrester.cross-functional";
	public static final String ALTIMETER_CENTRALIZED = "altimeter.centralized";
	public static final String ALTIMETER_DISTRIBUTED = "altimeter.distributed";
	public static final String ALTIMETER_HUB_AND_SPOKE = "altimeter.hub-and-spoke";
	public static final String ALTIMETER_MULTIPLE_HUB_AND_SPOKE = "altimeter.multiple-hub-and-spoke";
	public static final String ALTIMETER_HOLISTIC = "altimeter.holistic";

	private static final List<OrganisationModel> ALL = List.of(
			model(FORRESTER_DISTRIBUTED, "Distributed (Forrester)", OrganisationStructure.DISTRIBUTED,
					"An integrated approach: social media is everybody's job."),
			model(FORRESTER_CENTRALIZED, "Centralized (Forrester)", OrganisationStructure.CENTRALIZED,
					"One group or one person does all of the social media work."),
			model(FORRESTER_CROSS_FUNCTIONAL, "Cross-functional (Forrester)", OrganisationStructure.CROSS_FUNCTIONAL,
					"An inter-functional group is formed to run social media."),
			model(ALTIMETER_CENTRALIZED, "Centralized (Altimeter)", OrganisationStructure.CENTRALIZED,
					"One department runs every social media activity."),
			model(ALTIMETER_DISTRIBUTED, "Distributed (Altimeter)", OrganisationStructure.DISTRIBUTED,
					"Every business unit runs its own social media, without coordination."),
			model(ALTIMETER_HUB_AND_SPOKE, "Hub and Spoke (Altimeter)", OrganisationStructure.HUB_AND_SPOKE,
					"A central group sets the practice and helps the business units that run their own presences."),
			model(ALTIMETER_MULTIPLE_HUB_AND_SPOKE, "Multiple Hub and Spoke (Altimeter)",
					OrganisationStructure.MULTIPLE_HUB_AND_SPOKE,
					"A central hub, and hubs in each business unit or region that support their own spokes."),
			model(ALTIMETER_HOLISTIC, "Holistic (Altimeter)", OrganisationStructure.HOLISTIC,
					"Everyone in the company uses social media safely and consistently."));

	private BuiltinOrganisationModels() {
	}

	/** The eight built-in models, Forrester's first. */
	public static List<OrganisationModel> all() {
		return ALL;
	}

	/** The built-in model with this id, if it is one. */
	public static Optional<OrganisationModel> find(String id) {
		return ALL.stream().filter(model -> model.id().equals(id)).findFirst();
	}

	private static OrganisationModel model(String id, String name, OrganisationStructure structure,
			String description) {
		return new OrganisationModel(id, name, structure, description, SOURCE);
	}
}
