package org.hubmap.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Turns the parser's messages into short sentences for users, without Java class names or source excerpts. */
final class JsonErrorText {
    private JsonErrorText() {
    }

    /**
     * Where the problem of {@code e} is: for a duplicate key, the key's opening quote rather than the end of the
     * key, where the parser noticed it (a key written with escapes is a few columns off).
     */
    static JsonPlace placeOf(JsonProcessingException e) {
        return placeOfDuplicate(e);
    }

    /**
     * As {@link #placeOf(JsonProcessingException)}, but for a token that is not JSON at all (a bare word such as
     * {@code tru} or {@code NaN}, a number with leading zeroes) the start of that token rather than its end, where
     * the parser noticed. {@code tokenStart} is where the parser's current token starts; {@code afterName} whether
     * that token is a member name, whose value the parser was reading when it failed, so that the value's start
     * is worked out back from where the parser noticed.
     */
    static JsonPlace placeOf(JsonProcessingException e, JsonPlace tokenStart, boolean afterName) {
        JsonPlace noticed = JsonPlace.of(e.getLocation());
        String original = e.getOriginalMessage();
        if (original == null || !isBadToken(original)) {
            return placeOfDuplicate(e);
        }
        if (!afterName && tokenStart.line() == noticed.line() && tokenStart.column() < noticed.column()) {
            return tokenStart;
        }
        int back;
        if (original.contains("Leading zeroes")) {
            back = 1;
        } else if (original.indexOf('\'') >= 0 && original.indexOf('\'', original.indexOf('\'') + 1) > 0) {
            int open = original.indexOf('\'');
            int length = original.indexOf('\'', open + 1) - open - 1;
            // An unrecognised word is read up to and including the character that ends it.
            back = length + (original.startsWith("Unrecognized token") ? 1 : 0);
        } else {
            return noticed;
        }
        return noticed.column() - back >= 1 ? new JsonPlace(noticed.line(), noticed.column() - back) : noticed;
    }

    private static boolean isBadToken(String message) {
        return message.startsWith("Unrecognized token") || message.startsWith("Non-standard token")
                || message.contains("Leading zeroes");
    }

    private static JsonPlace placeOfDuplicate(JsonProcessingException e) {
        JsonPlace noticed = JsonPlace.of(e.getLocation());
        String original = e.getOriginalMessage();
        if (original == null || !original.startsWith("Duplicate field") || original.indexOf('\'') < 0) {
            return noticed;
        }
        String quoted = original.substring(original.indexOf('\''), original.lastIndexOf('\'') + 1);
        int start = noticed.column() - quoted.length();
        return start >= 1 ? new JsonPlace(noticed.line(), start) : noticed;
    }

    static String of(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the JSON (truncated?)";
        }
        String original = e.getOriginalMessage();
        if (original == null) {
            return "malformed JSON";
        }
        if (original.startsWith("Duplicate field")) {
            return "duplicate key " + original.substring(original.indexOf('\'')).replace('\'', '"')
                    + " in the same object";
        }
        if (original.contains("Non-standard token") || original.contains("'NaN'")
                || original.contains("Infinity")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (original.contains("Invalid UTF-8")) {
            return "not valid UTF-8 text (" + firstSentence(original) + ")";
        }
        return "malformed JSON: " + firstSentence(original);
    }

    private static String firstSentence(String message) {
        String line = message.lines().findFirst().orElse(message);
        int excerpt = line.indexOf(" at [Source");
        return (excerpt >= 0 ? line.substring(0, excerpt) : line).trim();
    }
}
