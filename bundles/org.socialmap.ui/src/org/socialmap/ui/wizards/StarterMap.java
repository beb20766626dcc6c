package org.socialmap.ui.wizards;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.edit.NewElementIds;

/**
 * What the new map wizard asks for, and the model it starts: an agency with its first client, the
 * client's organisation model and a starter team of named members.
 *
 * @param agencyName          the agency's name
 * @param clientName          the first client company's name
 * @param organisationModelId an organisation model of the installed catalogs, or empty for none yet
 * @param memberNames         the starter team, one member per name (blank names are skipped)
 */
public record StarterMap(String agencyName, String clientName, String organisationModelId, List<String> memberNames) {

	public Agency build() {
		Set<String> ids = new HashSet<>();
		SocialmapFactory factory = SocialmapFactory.eINSTANCE;
		Agency agency = factory.createAgency();
		agency.setId(uniqueId(agencyName, "agency", ids));
		agency.setName(agencyName.strip());

		ClientCompany client = factory.createClientCompany();
		client.setId(uniqueId(clientName, "client", ids));
		client.setName(clientName.strip());
		if (!organisationModelId.isBlank()) {
			client.setOrganisationModel(organisationModelId);
		}
		agency.getClients().add(client);

		Team team = factory.createTeam();
		team.setId(uniqueId(clientName + " team", "team", ids));
		team.setName("Social media team");
		for (String name : memberNames) {
			if (!name.isBlank()) {
				Member member = factory.createMember();
				member.setId(uniqueId(name, "member", ids));
				member.setName(name.strip());
				team.getMembers().add(member);
			}
		}
		client.getTeams().add(team);
		return agency;
	}

	/** Ids are what references in the file use: lower case words joined by dashes, unique in the file. */
	private static String uniqueId(String name, String fallback, Set<String> taken) {
		String id = NewElementIds.unique(name, fallback, taken::contains);
		taken.add(id);
		return id;
	}
}
