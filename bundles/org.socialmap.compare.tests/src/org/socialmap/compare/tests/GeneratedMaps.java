package org.socialmap.compare.tests;

import java.util.Random;

import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Objective;
import org.socialmap.model.ObjectiveKind;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.tests.common.ModelBuilder;

/**
 * Seeded agencies for the merge properties: one client (the more edits meet, the more conflicts) with five presences, two teams of
 * two members, a curation on every presence and an objective naming two presences. Ids say where an
 * element is: {@code c1-p3} is presence 3 of client 1.
 */
final class GeneratedMaps {

	static final int CLIENTS = 1;
	static final int PRESENCES = 5;
	static final int TEAMS = 2;
	static final int MEMBERS_PER_TEAM = 2;
	static final String[] PLATFORMS = { "facebook", "instagram", "linkedin", "youtube" };

	private GeneratedMaps() {
	}

	static Agency agency(Random random) {
		Agency agency = SocialmapFactory.eINSTANCE.createAgency();
		agency.setId("agency");
		agency.setName("Generated agency");
		for (int c = 0; c < CLIENTS; c++) {
			ClientCompany client = ModelBuilder.client("c" + c, "Client " + c);
			agency.getClients().add(client);
			for (int p = 0; p < PRESENCES; p++) {
				ModelBuilder.presence(client, "c" + c + "-p" + p, PLATFORMS[random.nextInt(PLATFORMS.length)]);
			}
			for (int t = 0; t < TEAMS; t++) {
				Team team = ModelBuilder.team(client, "c" + c + "-t" + t);
				for (int m = 0; m < MEMBERS_PER_TEAM; m++) {
					Member member = ModelBuilder.member(team, "C" + c + "-M" + (t * MEMBERS_PER_TEAM + m), 2 + random.nextInt(6));
					member.setRole("role " + random.nextInt(3));
				}
			}
			for (Presence presence : client.getPresences()) {
				Member member = client.getTeams().get(random.nextInt(TEAMS)).getMembers().get(random.nextInt(MEMBERS_PER_TEAM));
				ModelBuilder.curation(presence, member, CurationRole.OWNER, 1 + random.nextInt(3));
			}
			Objective objective = SocialmapFactory.eINSTANCE.createObjective();
			objective.setId("c" + c + "-o0");
			objective.setKind(ObjectiveKind.REACH);
			objective.getPresences().add(client.getPresences().get(0));
			objective.getPresences().add(client.getPresences().get(1));
			client.getObjectives().add(objective);
		}
		return agency;
	}
}
