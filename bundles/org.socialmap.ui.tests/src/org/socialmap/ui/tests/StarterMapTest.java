package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.ui.wizards.StarterMap;

class StarterMapTest {

	@Test
	void buildsTheAgencyItsFirstClientAndTheStarterTeam() {
		Agency agency = new StarterMap("Rete Agency", "Officina Digitale", "forrester.cross-functional",
				List.of("Chiara", " ", "Luca")).build();

		ClientCompany client = agency.getClients().get(0);
		assertEquals("rete-agency", agency.getId());
		assertEquals("Officina Digitale", client.getName());
		assertEquals("forrester.cross-functional", client.getOrganisationModel());
		assertEquals(List.of("chiara", "luca"), client.getTeams().get(0).getMembers().stream().map(Member::getId).toList());
	}

	@Test
	void idsStayUniqueWhenNamesRepeatOrHaveNoLetters() {
		Agency agency = new StarterMap("Sara", "Sara", "", List.of("Sara", "Sara", "???")).build();

		ClientCompany client = agency.getClients().get(0);
		assertEquals("sara-2", client.getId());
		assertEquals(null, client.getOrganisationModel());
		assertEquals(List.of("sara-3", "sara-4", "member"),
				client.getTeams().get(0).getMembers().stream().map(Member::getId).toList());
	}
}
