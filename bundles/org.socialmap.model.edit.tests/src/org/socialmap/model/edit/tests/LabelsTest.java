package org.socialmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.socialmap.model.Affinity;
import org.socialmap.model.AffinityStrength;
import org.socialmap.model.BusinessFunction;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.PresenceStatus;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage;
import org.socialmap.model.Website;
import org.socialmap.model.edit.SocialmapEditAdapterFactory;
import org.socialmap.model.text.Labels;

class LabelsTest {

	private static final SocialmapFactory FACTORY = SocialmapFactory.eINSTANCE;

	@Test
	void aPresenceReadsAsItsNameAndHandle() {
		Presence presence = FACTORY.createPresence();
		presence.setPlatform("facebook");
		assertEquals("Presence on facebook", Labels.label(presence));
		presence.setName("Facebook page");
		presence.setHandle("@acme");
		assertEquals("Facebook page (@acme)", Labels.label(presence));
		presence.setStatus(PresenceStatus.OBSOLETE);
		assertEquals("Facebook page (@acme) [obsolete]", Labels.label(presence));
	}

	@Test
	void aLinkReadsAsItsEndsAndKind() {
		Website site = FACTORY.createWebsite();
		site.setName("Company website");
		Presence page = FACTORY.createPresence();
		page.setName("Facebook page");
		Link link = FACTORY.createLink();
		link.setSource(site);
		link.setTarget(page);
		link.setKind(LinkKind.CROSS_POSTS);
		assertEquals("Company website \u2192 Facebook page (cross posts)", Labels.label(link));
	}

	@Test
	void membersAffinitiesAndCurationsReadAsSentences() {
		Member member = FACTORY.createMember();
		member.setId("luca");
		member.setRole("Developer");
		member.setBusinessFunction(BusinessFunction.RESEARCH_AND_DEVELOPMENT);
		assertEquals("luca \u2014 Developer, research and development", Labels.label(member));

		Affinity affinity = FACTORY.createAffinity();
		affinity.setPlatformKind("photo");
		affinity.setStrength(AffinityStrength.STRONG);
		assertEquals("strong affinity with photo platforms", Labels.label(affinity));

		Curation curation = FACTORY.createCuration();
		member.setName("Luca");
		curation.setMember(member);
		curation.setRole(CurationRole.BACKUP);
		curation.setWeeklyHours(1.5);
		assertEquals("Luca as backup, 1.5 h/week", Labels.label(curation));
	}

	@Test
	void treesAndFindingsWriteHoursTheSameWay() {
		Curation curation = FACTORY.createCuration();
		curation.setRole(CurationRole.OWNER);
		curation.setWeeklyHours(2.25);
		assertEquals("Nobody as owner, " + Labels.number(2.25) + " h/week", Labels.label(curation));
		assertEquals("2.25", Labels.number(2.25), "two decimals, as the rules and the assistant write them");
	}

	@Test
	void theRegisteredItemProvidersUseTheseLabels() {
		ComposedAdapterFactory.Descriptor descriptor = ComposedAdapterFactory.Descriptor.Registry.INSTANCE
				.getDescriptor(List.of(SocialmapPackage.eINSTANCE, IItemLabelProvider.class));
		assertNotNull(descriptor, "no item provider adapter factory registered for the Socialmap package");
		AdapterFactory factory = descriptor.createAdapterFactory();
		assertInstanceOf(SocialmapEditAdapterFactory.class, factory);

		Presence presence = FACTORY.createPresence();
		presence.setName("YouTube channel");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(presence, IItemLabelProvider.class);
		assertEquals("YouTube channel", labels.getText(presence));
		assertNotNull(labels.getImage(presence));

		IItemPropertySource properties = (IItemPropertySource) factory.adapt(presence, IItemPropertySource.class);
		List<String> ids = properties.getPropertyDescriptors(presence).stream()
				.map(descriptorOf -> descriptorOf.getId(presence)).toList();
		assertTrue(ids.containsAll(List.of("platform", "handle", "purpose", "status")), ids.toString());
		IItemPropertyDescriptor purpose = properties.getPropertyDescriptor(presence, "purpose");
		assertEquals("Purpose", purpose.getDisplayName(presence));
	}
}
