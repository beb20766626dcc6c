package org.socialmap.diagram.server.properties;

import java.util.List;

import org.socialmap.diagram.server.diagram.Choice;

/**
 * One property of an element, as the side panel shows it (docs/diagrams.md): the feature's name,
 * its label, its type ({@code string}, {@code text}, {@code number}, {@code enum} or
 * {@code boolean}), its value, the choices of an enum (else null) and whether it may be changed.
 */
public record Property(String feature, String label, String type, Object value, List<Choice> choices, boolean readOnly) {

	public static final String STRING = "string";
	public static final String TEXT = "text";
	public static final String NUMBER = "number";
	public static final String ENUM = "enum";
	public static final String BOOLEAN = "boolean";
}
