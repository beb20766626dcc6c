package org.socialmap.model.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.socialmap.model.ModelElement;

/**
 * How Socialmap names elements and writes numbers, wherever a person reads them: trees, diagrams,
 * findings, proposals, reports and the command line. The one place these texts are defined.
 */
public final class Labels {

	/** Past this, a double holds no decimals anyway, and no hour or count of a real model gets near. */
	private static final double ABSURDLY_LARGE = 1e15;

	private Labels() {
	}

	/**
	 * What trees, tables and diagrams show for an element: "Facebook page (@acme) [obsolete]",
	 * "Company website → Facebook page (gateway)", never "Presence 3".
	 */
	public static String label(EObject element) {
		return element == null ? "(none)" : ElementLabels.INSTANCE.doSwitch(element);
	}

	/** The element's name, else its id; how sentences refer to an element. */
	public static String name(ModelElement element) {
		if (element == null) {
			return "(none)";
		}
		if (!blank(element.getName())) {
			return element.getName();
		}
		return blank(element.getId()) ? "(unnamed " + element.eClass().getName() + ")" : element.getId();
	}

	/** The name in quotes, for sentences: {@code 'Ada'}. */
	public static String of(ModelElement element) {
		return element == null ? "(none)" : "'" + name(element) + "'";
	}

	/** "'Ada', 'Bo' and 'Cy'". */
	public static String list(List<? extends ModelElement> elements) {
		List<String> quoted = elements.stream().map(Labels::of).toList();
		if (quoted.size() <= 1) {
			return String.join("", quoted);
		}
		return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ quoted.get(quoted.size() - 1);
	}

	/**
	 * Hours and counts as people write them: 6, 2.5, 0.25 (at most two decimals). NaN, infinities and
	 * absurdly large values (a broken model's) read as Java writes them, e.g. 1.0E308, not 309 digits.
	 */
	public static String number(double value) {
		if (!Double.isFinite(value) || Math.abs(value) >= ABSURDLY_LARGE) {
			return String.valueOf(value);
		}
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** A share as a whole percentage: 0.4286 reads 43%. */
	public static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	/** "1 member", "3 members". */
	public static String count(long count, String singular) {
		return count + " " + singular + (count == 1 ? "" : "s");
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
