package org.hubmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;

/**
 * Reads one JSON value from a streaming parser into plain Java values: {@code LinkedHashMap} (member order kept),
 * {@code ArrayList}, {@code String}, {@code Boolean}, {@code null}, and numbers as {@link JsonNumber}, which keeps
 * the literal text so that no digit of the file is lost.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** Reads the value whose first token is the parser's current token; leaves the parser on its last token. */
    static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, read(parser));
                }
                return object;
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonNumber.of(parser.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("not at the start of a JSON value: " + token);
        }
    }
}
