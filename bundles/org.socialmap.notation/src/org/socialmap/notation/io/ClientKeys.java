package org.socialmap.notation.io;

import java.util.HashSet;
import java.util.Set;

import org.socialmap.model.ClientCompany;
import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.notation.lookup.EdgeKeys;

/**
 * What a client's layout entries may name: the ids of its elements and of its members (a team
 * diagram's curator), and the keys of its edges. Read as a layout opens and as it is saved.
 */
record ClientKeys(Set<String> elements, Set<String> members, Set<String> edges) {

	static ClientKeys of(ClientCompany client) {
		Set<String> elements = new HashSet<>();
		Set<String> members = new HashSet<>();
		client.eAllContents().forEachRemaining(content -> {
			if (content instanceof ModelElement element) {
				elements.add(element.getId());
			}
			if (content instanceof Member member) {
				members.add(member.getId());
			}
		});
		return new ClientKeys(elements, members, new HashSet<>(EdgeKeys.allOf(client).values()));
	}
}
