package org.socialmap.notation.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The line each element of a file was read on: the line its start tag ends on, which in the files
 * Socialmap writes (one attribute a line) is the line of its last attribute, as the model's load
 * messages count.
 */
final class ElementLines {

	private final Map<EObject, Integer> lines = new HashMap<>();

	void put(EObject element, int line) {
		lines.put(element, line);
	}

	/** The element's line, or 0 when it was not read from the file. */
	int of(EObject element) {
		return lines.getOrDefault(element, 0);
	}
}
