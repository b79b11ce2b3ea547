package org.hubmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The nested arrays of a GeoJSON {@code coordinates} member, each array and number with its place in the file, so
 * that a bad ring or position can be reported where it stands.
 */
final class CoordinateNode {
    /** Deeper than a MultiPolygon's four levels cannot be coordinates; stop before the stack is at risk. */
    private static final int MAX_DEPTH = 6;

    private final JsonPlace place;
    private final double number;
    private final List<CoordinateNode> children;

    private CoordinateNode(JsonPlace place, double number, List<CoordinateNode> children) {
        this.place = place;
        this.number = number;
        this.children = children;
    }

    /** Reads the array at the parser's current token. */
    static CoordinateNode read(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        return read(parser, 0);
    }

    private static CoordinateNode read(JsonParser parser, int depth) throws IOException, GeoJsonSyntaxError {
        JsonPlace place = JsonPlace.ofToken(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new CoordinateNode(place, parser.getDoubleValue(), null);
        }
        if (token != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(place, "coordinates must be arrays of numbers, found " + describe(token));
        }
        if (depth >= MAX_DEPTH) {
            throw new GeoJsonSyntaxError(place, "coordinates are nested deeper than any geometry type allows");
        }
        List<CoordinateNode> children = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            children.add(read(parser, depth + 1));
        }
        return new CoordinateNode(place, Double.NaN, children);
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }

    JsonPlace place() {
        return place;
    }

    boolean isNumber() {
        return children == null;
    }

    double number() {
        return number;
    }

    /** The elements of this array; empty for a number. */
    List<CoordinateNode> children() {
        return children == null ? List.of() : children;
    }
}
