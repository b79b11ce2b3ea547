package org.hubmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Property values and ids, which features hold as plain JSON values (String, Boolean, null, numbers, List, Map),
 * written as JSON the way layouts are written, or as text for people: strings without quotes, numbers with the
 * file's digits, arrays and objects as compact JSON. Reports and the window show values through this one place.
 */
public final class JsonValueText {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonValueText() {
    }

    /** Writes {@code value} with {@code g}, a number with the digits the file gave it. */
    public static void write(JsonGenerator g, Object value) throws IOException {
        FeatureJsonWriter.writeValue(g, value);
    }

    /** {@code value} for people: a string as it is, anything else as compact JSON ({@code null}, {@code [1,2]}). */
    public static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
