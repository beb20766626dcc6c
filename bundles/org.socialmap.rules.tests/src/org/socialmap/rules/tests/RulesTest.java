package org.socialmap.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.Team;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.rules.Finding;
import org.socialmap.rules.QuickFix;
import org.socialmap.rules.RuleSet;
import org.socialmap.rules.RuleSettings;
import org.socialmap.rules.Rules;
import org.socialmap.rules.Severity;
import org.socialmap.rules.Validation;
import org.socialmap.tests.common.CommandStackCheck;
import org.socialmap.tests.common.ModelBuilder;

/** Every rule, with a model that breaks it and one that does not: the compliant client, then one change. */
class RulesTest {

	private final CompliantClient model = new CompliantClient();

	@Test
	void theCompliantClientHasNoFindings() {
		assertEquals(List.of(), messages(validate()));
	}

	@Test
	void aPresenceWithoutPurposeIsAShowcase() {
		model.flickr.setPurpose(null);
		Finding finding = only("socialmap.showcase-presence");
		assertEquals(Severity.WARNING, finding.severity());
		assertTrue(finding.message().contains("'flickr-photos' on Flickr has no purpose"), finding.message());
		assertTrue(finding.message().contains("Handmade furniture"), finding.message());
		assertEquals(List.of(model.flickr), finding.elements());
	}

	@Test
	void aPresenceNotTiedToTheCoreBusinessIsAShowcase() {
		model.flickr.setCoreBusinessContribution(" ");
		assertTrue(only("socialmap.showcase-presence").message().contains("no tie to the core business"));
	}

	@Test
	void aMapWithoutGatewayIsFlaggedAndTheFixAddsOne() {
		EcoreUtil.delete(model.gateway);
		Finding finding = only("socialmap.no-gateway");
		assertTrue(finding.message().contains("no gateway"), finding.message());
		assertEquals("Add a gateway link from 'Bottega website' to 'facebook-page' on Facebook", finding.fixes().get(0).label());
		applyThroughTheCommandStack(finding.fixes().get(0));
		assertEquals(List.of(), messages(validate()));
	}

	@Test
	void oneMemberCuratingEveryPresenceIsAnError() {
		CompliantClient.curationOf(model.flickr, CurationRole.BACKUP).setMember(model.ada);
		ModelBuilder.withAffinity(model.ada, null, "photo", AffinityStrength.WEAK);
		Finding finding = only("socialmap.single-curator");
		assertEquals(Severity.ERROR, finding.severity());
		assertTrue(finding.message().contains("'Ada' curates all 2 presences"), finding.message());
	}

	@Test
	void aPresenceWithoutBackupIsFlaggedAndTheFixAddsTheBestFittingMember() {
		EcoreUtil.delete(CompliantClient.curationOf(model.flickr, CurationRole.BACKUP));
		Finding finding = only("socialmap.no-backup");
		assertTrue(finding.message().contains("no backup curator: it stops when 'Bo' is away"), finding.message());
		assertEquals("Add 'Di' as backup of 'flickr-photos' on Flickr", finding.fixes().get(0).label());
		applyThroughTheCommandStack(finding.fixes().get(0));
		assertEquals(List.of(), messages(validate()));
	}

	@Test
	void aPresenceWithoutOwnerIsFlagged() {
		EcoreUtil.delete(CompliantClient.curationOf(model.flickr, CurationRole.OWNER));
		assertTrue(only("socialmap.no-owner").message().contains("'flickr-photos' on Flickr has no owner"));
	}

	@Test
	void aMemberHoldingTooMuchOfTheWorkIsFlagged() {
		RuleSettings strict = new RuleSettings(0.3, 1.0, 1.0, 0.5);
		CompliantClient.curationOf(model.facebook, CurationRole.OWNER).setWeeklyHours(3);
		List<Finding> findings = validate(strict);
		assertEquals(List.of("Member 'Ada' holds 43% of the curation hours of 'Bottega', more than 30%: share the presences out among the team."),
				messages(findings));
	}

	@Test
	void aMemberCuratingMoreHoursThanTheyHaveIsFlagged() {
		model.ada.setWeeklyHours(1.5);
		assertTrue(only("socialmap.work-concentrated").message().contains("'Ada' curates 2 h a week for 'Bottega' but has 1.5 h"));
	}

	@Test
	void aCuratorWithoutAffinityIsFlaggedWithTheMembersWhoFitBetter() {
		model.cy.getAffinities().clear();
		ModelBuilder.withKindAffinity(model.di, "social-network", AffinityStrength.WEAK);
		Finding finding = only("socialmap.curator-without-affinity");
		assertEquals("'Cy' is backup of 'facebook-page' on Facebook with no affinity for Facebook or its kind. 'Di' fits better.",
				finding.message());
	}

	@Test
	void theMembersProposedInsteadOfACuratorHoldNoRoleOnThePresenceYet() {
		model.cy.getAffinities().clear(); // Ada fits Facebook, but she owns it: she cannot be its backup too
		Finding finding = only("socialmap.curator-without-affinity");
		assertEquals("'Cy' is backup of 'facebook-page' on Facebook with no affinity for Facebook or its kind. Nobody else in "
				+ "the team who could take the role has one: consider training or a new member who is at ease on Facebook.",
				finding.message());
	}

	@Test
	void aCrossFunctionalTeamOfOneFunctionIsFlagged() {
		model.team.getMembers().forEach(member -> member.setBusinessFunction(BusinessFunction.MARKETING));
		assertTrue(only("socialmap.team-not-cross-functional").message().contains("all its members work in marketing"));
	}

	@Test
	void anAggregatorThatAggregatesNothingIsFlagged() {
		Presence friendfeed = model.presence("friendfeed", "friendfeed");
		ModelBuilder.curation(friendfeed, model.ada, CurationRole.OWNER, 0.5);
		ModelBuilder.curation(friendfeed, model.cy, CurationRole.BACKUP, 0.5);
		ModelBuilder.withAffinity(model.cy, "friendfeed", null, AffinityStrength.WEAK);
		assertTrue(ruleIds(validate()).contains("socialmap.idle-aggregator"));
		ModelBuilder.link(model.client, friendfeed, model.flickr, LinkKind.AGGREGATES);
		assertTrue(!ruleIds(validate()).contains("socialmap.idle-aggregator"));
	}

	@Test
	void aPresenceOnAClosedPlatformIsFlaggedObsoleteNotDropped() {
		Presence vine = model.presence("vine", "vine");
		ModelBuilder.curation(vine, model.bo, CurationRole.OWNER, 0.5);
		ModelBuilder.curation(vine, model.di, CurationRole.BACKUP, 0.5);
		model.bo.getAffinities().get(0).setPlatformKind("video");
		ModelBuilder.withAffinity(model.bo, null, "photo", AffinityStrength.STRONG);
		ModelBuilder.withAffinity(model.di, null, "video", AffinityStrength.WEAK);
		Finding finding = only("socialmap.closed-platform");
		assertTrue(finding.message().contains("'vine' is on Vine, which closed on 2017-01-17: mark it obsolete"), finding.message());
		applyThroughTheCommandStack(finding.fixes().get(0));
		assertEquals(PresenceStatus.OBSOLETE, vine.getStatus());
		assertTrue(model.client.getPresences().contains(vine));
		assertEquals(List.of(), messages(validate()));
	}

	@Test
	void aCentralizedModelWithTwoOwningTeamsIsFlagged() {
		model.client.setOrganisationModel("altimeter.centralized");
		Team other = SocialmapFactory.eINSTANCE.createTeam();
		other.setId("photo-team");
		other.setName("Photo team");
		model.client.getTeams().add(other);
		other.getMembers().add(model.bo);
		assertTrue(only("socialmap.organisation-model-mismatch").message()
				.contains("presences are owned by 2 teams ('Social team' and 'Photo team')"));
	}

	@Test
	void aDistributedModelWithOwnersInOneFunctionIsFlagged() {
		model.client.setOrganisationModel("forrester.distributed");
		model.bo.setBusinessFunction(BusinessFunction.MARKETING);
		assertTrue(only("socialmap.organisation-model-mismatch").message().contains("every owner works in the same business function"));
	}

	@Test
	void anOrganisationModelNoCatalogDefinesIsFlagged() {
		model.client.setOrganisationModel("mystery.model");
		assertTrue(only("socialmap.organisation-model-mismatch").message().contains("'mystery.model', which no installed catalog defines"));
	}

	@Test
	void anUnknownPlatformValidatesWithAWarningAndIsKept() {
		model.flickr.setPlatform("holonet-2031");
		model.bo.getAffinities().get(0).setPlatform("holonet-2031");
		model.bo.getAffinities().get(0).setPlatformKind(null);
		model.di.getAffinities().get(0).setPlatform("holonet-2031");
		model.di.getAffinities().get(0).setPlatformKind(null);
		List<Finding> findings = validate();
		assertEquals(List.of("socialmap.unknown-platform"), ruleIds(findings).stream().distinct().toList());
		assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING));
		assertEquals("holonet-2031", model.flickr.getPlatform());
	}

	@Test
	void anAffinityNamingBothAPlatformAndAKindIsAnError() {
		model.cy.getAffinities().get(0).setPlatformKind("social-network");
		Finding finding = only("socialmap.affinity-target");
		assertEquals(Severity.ERROR, finding.severity());
	}

	@Test
	void emfBasicConstraintsAreFindingsToo() {
		SocialmapFiles.newResourceSet().createResource(URI.createURI("memory:/twins.socialmap")).getContents().add(model.agency);
		Member twin = ModelBuilder.member(model.team, "Ada", BusinessFunction.SALES, 1);
		twin.setName("Ada's twin");
		List<Finding> findings = validate();
		assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(Validation.MODEL_INTEGRITY) && f.severity() == Severity.ERROR
				&& f.message().contains("ada")), messages(findings).toString());
	}

	/** EMF's EDouble takes any double; a week does not. The rules still run, counting impossible hours as none. */
	@ParameterizedTest(name = "weeklyHours {0}")
	@CsvSource({ "NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity", "-3, -3", "1e308, 1.0E308", "168.5, 168.5" })
	void aMemberWithImpossibleHoursIsAnIntegrityError(double hours, String written) {
		model.ada.setWeeklyHours(hours);
		Finding finding = only(Validation.MODEL_INTEGRITY);
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Member 'Ada' has weeklyHours " + written + ": give the hours a week as a number from 0 to 168.",
				finding.message());
		assertEquals(List.of(model.ada), finding.elements());
	}

	@ParameterizedTest(name = "weeklyHours {0}")
	@CsvSource({ "NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity", "-3, -3", "1e308, 1.0E308", "168.5, 168.5" })
	void aCurationWithImpossibleHoursIsAnIntegrityError(double hours, String written) {
		Curation owner = CompliantClient.curationOf(model.facebook, CurationRole.OWNER);
		owner.setWeeklyHours(hours);
		Finding finding = only(Validation.MODEL_INTEGRITY);
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("The owner curation of 'facebook-page' by 'Ada' has weeklyHours " + written
				+ ": give the hours a week as a number from 0 to 168.", finding.message());
		assertEquals(List.of(owner), finding.elements());
	}

	@Test
	void noHoursAndAWholeWeekArePossible() {
		model.bo.setWeeklyHours(168);
		CompliantClient.curationOf(model.facebook, CurationRole.BACKUP).setWeeklyHours(0);
		assertEquals(List.of(), messages(validate()));
	}

	/** As an editor applies a quick fix: a command on the editing domain, which undo and redo take back and forth. */
	private void applyThroughTheCommandStack(QuickFix fix) {
		CommandStackCheck check = new CommandStackCheck(model.agency);
		check.executeUndoRedo(fix.command(check.domain()));
	}

	private List<Finding> validate() {
		return validate(RuleSettings.defaults());
	}

	private List<Finding> validate(RuleSettings settings) {
		return Validation.validate(model.agency, Catalogs.registry(), settings, new RuleSet(Rules.builtin(), List.of()));
	}

	private Finding only(String ruleId) {
		List<Finding> findings = validate();
		assertEquals(List.of(ruleId), ruleIds(findings), messages(findings).toString());
		return findings.get(0);
	}

	private static List<String> ruleIds(List<Finding> findings) {
		return findings.stream().map(Finding::ruleId).toList();
	}

	private static List<String> messages(List<Finding> findings) {
		return findings.stream().map(Finding::message).toList();
	}
}
