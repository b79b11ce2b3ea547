package org.hubmap.ui;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;

/**
 * How the properties panel writes a property value as text and reads typed text back. A string is shown as it is;
 * other values as JSON: numbers with the digits of the file, {@code true}, {@code false}, {@code null}, and lists
 * and objects in compact JSON, which the panel shows but does not edit.
 */
final class PropertyValueText {
    private static final JsonFactory JSON = new JsonFactory();

    private PropertyValueText() {
    }

    static String format(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value == null || value instanceof Boolean || value instanceof JsonNumber) {
            return String.valueOf(value);
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** Whether the value is a string, number, boolean or null, which the panel edits as text. */
    static boolean isScalar(Object value) {
        return !(value instanceof List || value instanceof Map);
    }

    /**
     * The value {@code text} stands for: the JSON scalar it is ({@code 42}, {@code 2.5}, {@code true},
     * {@code false}, {@code null}, or text in double quotes, which stays a string however it looks), or else the
     * text itself as a string.
     */
    static Object parse(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null || !token.isScalarValue()) {
                return text;
            }
            Object value = switch (token) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonNumber.of(parser.getText());
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> text;
            };
            return parser.nextToken() == null ? value : text;
        } catch (JsonProcessingException notJson) {
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                json.writeFieldName(String.valueOf(member.getKey()));
                write(json, member.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> array) {
            json.writeStartArray();
            for (Object element : array) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else {
            json.writeNull();
        }
    }
}
