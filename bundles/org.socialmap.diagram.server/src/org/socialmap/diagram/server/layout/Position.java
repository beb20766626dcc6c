package org.socialmap.diagram.server.layout;

/** Where a node's top-left corner stands in its diagram. */
public record Position(double x, double y) {
}
