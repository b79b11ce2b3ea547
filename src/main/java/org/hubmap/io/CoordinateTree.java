package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BAD_COORDINATES;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * The nested arrays of a GeoJSON {@code coordinates} member, each array and number with its place in the file, so
 * that a bad ring or position can be reported where it stands.
 *
 * <p>Nodes are numbered in file order and held in flat arrays that the next geometry reuses: a layout of a million
 * features would otherwise make several objects per number read, all garbage a moment later. Node 0 is the
 * {@code coordinates} value itself; an array's first element is the node after it, and each node knows the node
 * after its last descendant, which is its next sibling.
 */
final class CoordinateTree {
    /** Deeper than a MultiPolygon's four levels cannot be coordinates; stop before the stack is at risk. */
    private static final int MAX_DEPTH = 6;
    private static final int NUMBER = -1;

    private int size;
    /** Number of elements of each array node, or {@link #NUMBER}. */
    private int[] elementCounts = new int[256];
    /** The node after each node's last descendant. */
    private int[] ends = new int[256];
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    private double[] numbers = new double[256];

    /** Reads the array at the parser's current token, replacing what this tree held. */
    void read(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        size = 0;
        read(parser, 0);
    }

    private void read(JsonParser parser, int depth) throws IOException, GeoJsonSyntaxError {
        int node = add(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            elementCounts[node] = NUMBER;
            numbers[node] = parser.getDoubleValue();
            ends[node] = size;
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(BAD_COORDINATES, place(node), "coordinates must be arrays of numbers, found "
                    + describe(token));
        }
        if (depth >= MAX_DEPTH) {
            throw new GeoJsonSyntaxError(BAD_COORDINATES, place(node),
                    "coordinates are nested deeper than any geometry type allows");
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            read(parser, depth + 1);
            count++;
        }
        elementCounts[node] = count;
        ends[node] = size;
    }

    private int add(JsonParser parser) {
        if (size == ends.length) {
            int capacity = size * 2;
            elementCounts = Arrays.copyOf(elementCounts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
            numbers = Arrays.copyOf(numbers, capacity);
        }
        lines[size] = TokenPlace.line(parser);
        columns[size] = TokenPlace.column(parser);
        return size++;
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

    /** The {@code coordinates} value itself. */
    static int root() {
        return 0;
    }

    JsonPlace place(int node) {
        return new JsonPlace(lines[node], columns[node]);
    }

    boolean isNumber(int node) {
        return elementCounts[node] == NUMBER;
    }

    double number(int node) {
        return numbers[node];
    }

    /** How many elements an array node has; 0 for a number. */
    int elementCount(int node) {
        return Math.max(0, elementCounts[node]);
    }

    /** The first element of an array node that has one. */
    static int firstElement(int node) {
        return node + 1;
    }

    /** The element after {@code element} in the same array (past the last element, a node of no meaning). */
    int nextElement(int element) {
        return ends[element];
    }

    /** The {@code index}th element of an array node, found by walking its elements. */
    int element(int node, int index) {
        int element = firstElement(node);
        for (int i = 0; i < index; i++) {
            element = nextElement(element);
        }
        return element;
    }
}
