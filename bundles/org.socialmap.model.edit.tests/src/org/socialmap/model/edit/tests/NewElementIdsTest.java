package org.socialmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Objective;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.edit.NewElementIds;

class NewElementIdsTest {

	private final Agency agency = SocialmapFactory.eINSTANCE.createAgency();
	private final ClientCompany client = SocialmapFactory.eINSTANCE.createClientCompany();

	NewElementIdsTest() {
		agency.setId("agency");
		client.setId("client");
		agency.getClients().add(client);
	}

	@Test
	void aFreeIdIsTheBaseAsIs() {
		assertEquals("objective", NewElementIds.unique(agency, "objective"));
	}

	@Test
	void anIdTakenAnywhereInTheTreeIsNumbered() {
		objective("objective");
		objective("objective-2");

		assertEquals("objective-3", NewElementIds.unique(agency, "objective"));
		assertEquals("client-2", NewElementIds.unique(agency, "client"));
		assertEquals("agency-2", NewElementIds.unique(agency, "agency"));
	}

	@Test
	void theBaseIsWrittenAsAnId() {
		assertEquals("new-objective-2026", NewElementIds.unique(agency, "  New Objective (2026)!"));
		assertEquals("element", NewElementIds.unique(agency, "???"));
	}

	private void objective(String id) {
		Objective objective = SocialmapFactory.eINSTANCE.createObjective();
		objective.setId(id);
		client.getObjectives().add(objective);
	}
}
