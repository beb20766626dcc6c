package org.socialmap.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Curation;
import org.socialmap.model.CurationRole;
import org.socialmap.model.Link;
import org.socialmap.model.LinkKind;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;
import org.socialmap.model.Website;
import org.socialmap.notation.lookup.EdgeKeys;
import org.socialmap.tests.common.ModelBuilder;

/** Links and curations have no id: layouts and diagrams name them by keys made of the ids they join. */
class EdgeKeysTest {

	@Test
	void aLinkIsNamedBySourceKindAndTarget() {
		ClientCompany client = ModelBuilder.client("acme", "Acme");
		Website site = ModelBuilder.website(client, "site", "Site");
		Presence page = ModelBuilder.presence(client, "page", "facebook");
		Presence channel = ModelBuilder.presence(client, "channel", "youtube");

		assertEquals("link:site:gateway:page", EdgeKeys.of(ModelBuilder.link(client, site, page, LinkKind.GATEWAY)));
		assertEquals("link:page:crossPosts:channel", EdgeKeys.of(ModelBuilder.link(client, page, channel, LinkKind.CROSS_POSTS)));
	}

	@Test
	void identicalLinksAreNumberedInModelOrder() {
		ClientCompany client = ModelBuilder.client("acme", "Acme");
		Presence page = ModelBuilder.presence(client, "page", "facebook");
		Presence channel = ModelBuilder.presence(client, "channel", "youtube");
		Link first = ModelBuilder.link(client, page, channel, LinkKind.FEEDS);
		Link other = ModelBuilder.link(client, page, channel, LinkKind.EMBEDS);
		Link second = ModelBuilder.link(client, page, channel, LinkKind.FEEDS);
		Link third = ModelBuilder.link(client, page, channel, LinkKind.FEEDS);

		assertEquals(List.of("link:page:feeds:channel", "link:page:embeds:channel", "link:page:feeds:channel#2",
				"link:page:feeds:channel#3"), List.of(first, other, second, third).stream().map(EdgeKeys::of).toList());
	}

	@Test
	void aCurationIsNamedByMemberAndPresenceAndNumberedWhenRepeated() {
		ClientCompany client = ModelBuilder.client("acme", "Acme");
		Presence page = ModelBuilder.presence(client, "page", "facebook");
		Member ada = ModelBuilder.member(ModelBuilder.team(client, "team"), "Ada", 10);
		Curation owner = ModelBuilder.curation(page, ada, CurationRole.OWNER, 2);
		Curation backup = ModelBuilder.curation(page, ada, CurationRole.BACKUP, 1);

		assertEquals("curation:ada:page", EdgeKeys.of(owner));
		assertEquals("curation:ada:page#2", EdgeKeys.of(backup));
	}

	@Test
	void allKeysOfAClientAreTheKeysOfEachEdgeAndAllDiffer() {
		ClientCompany client = ModelBuilder.client("acme", "Acme");
		Presence page = ModelBuilder.presence(client, "page", "facebook");
		Presence channel = ModelBuilder.presence(client, "channel", "youtube");
		Member ada = ModelBuilder.member(ModelBuilder.team(client, "team"), "Ada", 10);
		ModelBuilder.link(client, page, channel, LinkKind.FEEDS);
		ModelBuilder.link(client, page, channel, LinkKind.FEEDS);
		ModelBuilder.curation(page, ada, CurationRole.OWNER, 2);
		ModelBuilder.curation(channel, ada, CurationRole.OWNER, 2);
		ModelBuilder.curation(channel, ada, CurationRole.CONTRIBUTOR, 1);

		Map<EObject, String> keys = EdgeKeys.allOf(client);

		assertEquals(List.of("link:page:feeds:channel", "link:page:feeds:channel#2", "curation:ada:page", "curation:ada:channel",
				"curation:ada:channel#2"), List.copyOf(keys.values()));
		keys.forEach((edge, key) -> assertEquals(key, edge instanceof Link link ? EdgeKeys.of(link) : EdgeKeys.of((Curation) edge)));
		assertEquals(keys.size(), new HashSet<>(keys.values()).size());
	}
}
