package org.hubmap.io;

/** Something in a GeoJSON text that breaks RFC 7946, found at a place; the reader turns it into a user message. */
final class GeoJsonSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final JsonPlace place;

    GeoJsonSyntaxError(JsonPlace place, String problem) {
        super(problem, null, false, false);
        this.place = place;
    }

    JsonPlace place() {
        return place;
    }
}
