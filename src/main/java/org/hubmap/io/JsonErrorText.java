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
