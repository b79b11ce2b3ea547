package org.hubmap.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * The limits a layout's JSON is read within, and what to say when one is hit: each keeps a hostile or broken file
 * from taking the memory or the stack, and each message names the limit, so that the user knows what is wrong
 * rather than reading of nesting when a text was too long.
 */
final class JsonLimits {
    /** Far deeper than any GeoJSON needs, far shallower than what would exhaust the stack. */
    static final int MOST_NESTING = 200;
    /** Characters in one text value: a notes field of a few books, within the 16 MB a whole feature may take. */
    static final int MOST_TEXT_CHARACTERS = 10_000_000;
    /** Digits in one number: no coordinate or count needs more than a few dozen. */
    static final int MOST_NUMBER_DIGITS = 1_000;
    /** Characters in one member name. */
    static final int MOST_NAME_CHARACTERS = 50_000;

    private JsonLimits() {
    }

    /** The constraints a parser of layouts reads within. */
    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MOST_NESTING).maxStringLength(MOST_TEXT_CHARACTERS)
                .maxNumberLength(MOST_NUMBER_DIGITS).maxNameLength(MOST_NAME_CHARACTERS).build();
    }

    /** What to tell the user when {@code exceeded} was thrown. */
    static String describe(StreamConstraintsException exceeded) {
        String message = String.valueOf(exceeded.getMessage());
        if (message.startsWith("Document nesting depth")) {
            return "JSON is nested more than " + MOST_NESTING + " levels deep";
        }
        if (message.startsWith("String value length")) {
            return "a text value is longer than " + grouped(MOST_TEXT_CHARACTERS)
                    + " characters, the most HubMap reads in one value";
        }
        if (message.startsWith("Number value length")) {
            return "a number has more than " + grouped(MOST_NUMBER_DIGITS)
                    + " digits, the most HubMap reads in one number";
        }
        if (message.startsWith("Name length")) {
            return "a member name is longer than " + grouped(MOST_NAME_CHARACTERS)
                    + " characters, the most HubMap reads in one name";
        }
        return "the JSON is larger than HubMap reads: " + message;
    }

    private static String grouped(int number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', ' ');
    }
}
