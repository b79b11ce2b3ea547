package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;

/**
 * Property values and ids, which features hold as plain JSON values (String, Boolean, null, numbers, List, Map),
 * written as JSON by a generator, or as text for people: strings without quotes, numbers with the file's digits,
 * arrays and objects as compact JSON.
 */
final class JsonValueText {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonValueText() {
    }

    /** Writes {@code value} with {@code g}, a number with the digits the file gave it. */
    static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else if (value instanceof JsonNumber number) {
            g.writeNumber(number.text());
        } else if (value instanceof Number number) {
            g.writeNumber(new BigDecimal(number.toString()));
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                g.writeFieldName(member.getKey().toString());
                write(g, member.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(value.toString());
        }
    }

    /** {@code value} for people: a string as it is, anything else as compact JSON ({@code null}, {@code [1,2]}). */
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
