package org.hubmap.ui;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one field of the properties panel shows a property value as text, and reads the text typed into it back
 * into a value, knowing what the selected features held before.
 */
record PropertyFormat(Function<Object, String> formatter, BiFunction<String, CommonValue, ParsedEntry> parser) {
    String format(Object value) {
        return formatter.apply(value);
    }

    /** The value of typed {@code text}, which is not blank, or why it cannot be used. */
    ParsedEntry parse(String text, CommonValue before) {
        return parser.apply(text, before);
    }
}
