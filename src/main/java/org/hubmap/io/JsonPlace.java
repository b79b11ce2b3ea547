package org.hubmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;

/** A one-based line and column in a JSON text. */
record JsonPlace(int line, int column) {
    static JsonPlace of(JsonLocation location) {
        return location == null ? new JsonPlace(0, 0) : new JsonPlace(location.getLineNr(), location.getColumnNr());
    }

    /** Where the parser's current token starts. */
    static JsonPlace ofToken(JsonParser parser) {
        return of(parser.currentTokenLocation());
    }
}
