package org.hubmap.io;

/** Something in a GeoJSON text that breaks RFC 7946, found at a place; the reader turns it into a user message. */
final class GeoJsonSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final DiagnosticCode code;
    private final JsonPlace place;
    private final transient Object featureId;

    GeoJsonSyntaxError(DiagnosticCode code, JsonPlace place, String problem) {
        this(code, place, null, problem);
    }

    /** An error found in the feature whose id is {@code featureId}, null when it has none. */
    GeoJsonSyntaxError(DiagnosticCode code, JsonPlace place, Object featureId, String problem) {
        super(problem, null, false, false);
        this.code = code;
        this.place = place;
        this.featureId = featureId;
    }

    DiagnosticCode code() {
        return code;
    }

    JsonPlace place() {
        return place;
    }

    Object featureId() {
        return featureId;
    }
}
