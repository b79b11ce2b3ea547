package org.hubmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;

/**
 * The line and column where the parser's current value token starts, the same as {@link JsonPlace#ofToken} gives,
 * without making a location object per token: the coordinates of a large layout are hundreds of millions of
 * tokens. Not for field names, whose place Jackson keeps apart.
 */
final class TokenPlace {
    private TokenPlace() {
    }

    static int line(JsonParser parser) {
        return parser instanceof UTF8StreamJsonParser bytes ? bytes.getTokenLineNr()
                : parser.currentTokenLocation().getLineNr();
    }

    static int column(JsonParser parser) {
        // The byte parser keeps the column already counted from 1, and getTokenColumnNr() adds one more; its
        // currentTokenLocation() does not. TokenPlaceTest holds the two ways equal.
        return parser instanceof UTF8StreamJsonParser bytes ? bytes.getTokenColumnNr() - 1
                : parser.currentTokenLocation().getColumnNr();
    }
}
