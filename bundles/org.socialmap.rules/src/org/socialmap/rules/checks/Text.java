package org.socialmap.rules.checks;

import java.util.List;
import java.util.stream.Collectors;

import org.socialmap.model.ModelElement;
import org.socialmap.rules.Labels;

/** Small text helpers the checks share. */
final class Text {

	private Text() {
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** "'Ada', 'Bo' and 'Cy'". */
	static String list(List<? extends ModelElement> elements) {
		List<String> labels = elements.stream().map(Labels::of).toList();
		if (labels.size() <= 1) {
			return String.join("", labels);
		}
		return labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ labels.get(labels.size() - 1);
	}
}
