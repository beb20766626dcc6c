package org.socialmap.assignment;

import org.socialmap.model.CurationRole;
import org.socialmap.model.Member;
import org.socialmap.model.Presence;

/**
 * A proposed curation: {@code member} becomes {@code role} (owner or backup) of {@code presence}.
 *
 * @param fit    the member's affinity fit for the presence's platform, 0 to {@link org.socialmap.rules.AffinityFit#BEST}
 * @param reason one line for the modeller, e.g. "Luca: strong affinity with photo sharing platforms
 *               (Flickr); 3 of 6 h/week used" (hours once every proposal is applied)
 */
public record Proposal(Presence presence, CurationRole role, Member member, int fit, String reason) {
}
