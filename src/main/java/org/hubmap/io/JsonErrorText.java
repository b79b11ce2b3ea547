package org.hubmap.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Turns the parser's messages into short sentences for users, without Java class names or source excerpts. */
final class JsonErrorText {
    private JsonErrorText() {
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
