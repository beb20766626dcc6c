package org.socialmap.catalog;

/** A kind of platform (photo, video, aggregator...), which member affinities may name. */
public record PlatformKind(String id, String name, String description, String catalogId) {
}
