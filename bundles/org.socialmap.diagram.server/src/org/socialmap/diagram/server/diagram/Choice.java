package org.socialmap.diagram.server.diagram;

/** One value a client may pick from a list, with the words it shows for it. */
public record Choice(String value, String label) {
}
