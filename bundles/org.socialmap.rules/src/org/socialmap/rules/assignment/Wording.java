package org.socialmap.rules.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.socialmap.model.Member;
import org.socialmap.model.ModelElement;
import org.socialmap.model.Presence;

/** How the assistant writes names and numbers in its reasons and messages. */
final class Wording {

	private Wording() {
	}

	static String name(Member member) {
		return nameOrId(member);
	}

	static String name(Presence presence) {
		return nameOrId(presence);
	}

	/** Hours or shares as people write them: 6, 2.5, 0.25 (at most two decimals). */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	static String percent(double share) {
		return number(100 * share) + "%";
	}

	/** "1 member", "3 members". */
	static String count(int count, String singular) {
		return count + " " + singular + (count == 1 ? "" : "s");
	}

	private static String nameOrId(ModelElement element) {
		String name = element.getName();
		return name == null || name.isBlank() ? element.getId() : name;
	}
}
