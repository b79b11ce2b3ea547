package org.hubmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946) into JTS geometries with their properties, token by token, without
 * building a JSON tree first.
 *
 * <p>Positions keep only longitude and latitude; a third (height) value is ignored. Any fault, from malformed JSON
 * to a polygon ring that does not close, is reported as a {@link GeoJsonFormatException} naming the source, line
 * and column.
 */
public final class GeoJsonFeatureReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final JsonParser parser;
    private final String source;

    private GeoJsonFeatureReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** Reads every feature of a GeoJSON file; the file is named by its path in error messages. */
    public static List<GeoJsonFeature> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads every feature of a GeoJSON stream, which the caller closes.
     *
     * @param source how error messages name the stream, such as a file path or resource name
     */
    public static List<GeoJsonFeature> read(InputStream in, String source) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new GeoJsonFeatureReader(parser, source).readFeatureCollection();
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            long column = at == null ? 0 : at.getColumnNr();
            throw new GeoJsonFormatException(source, line, column, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<GeoJsonFeature> readFeatureCollection() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw error("the file is empty; expected a GeoJSON FeatureCollection");
        }
        JsonLocation start = parser.currentTokenLocation();
        expect(first == JsonToken.START_OBJECT, "expected a GeoJSON FeatureCollection object");
        String type = null;
        List<GeoJsonFeature> features = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "type" -> type = readText(name);
                case "features" -> features = readFeatures();
                default -> parser.skipChildren();
            }
        }
        if (!"FeatureCollection".equals(type)) {
            throw error(start, "expected \"type\": \"FeatureCollection\" at the top of the file");
        }
        if (features == null) {
            throw error(start, "the FeatureCollection has no \"features\" array");
        }
        if (parser.nextToken() != null) {
            throw error("unexpected content after the FeatureCollection");
        }
        return features;
    }

    private List<GeoJsonFeature> readFeatures() throws IOException {
        expect(parser.currentToken() == JsonToken.START_ARRAY, "\"features\" must be an array");
        List<GeoJsonFeature> features = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            features.add(readFeature());
        }
        return features;
    }

    private GeoJsonFeature readFeature() throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, "each feature must be a JSON object");
        JsonLocation start = parser.currentTokenLocation();
        String type = null;
        Geometry geometry = GEOMETRY.createGeometryCollection();
        Map<String, Object> properties = Map.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "type" -> type = readText(name);
                case "properties" -> properties = value == JsonToken.VALUE_NULL ? Map.of() : readProperties();
                case "geometry" -> geometry = value == JsonToken.VALUE_NULL ? geometry : readGeometry();
                default -> parser.skipChildren();
            }
        }
        if (!"Feature".equals(type)) {
            throw error(start, "expected \"type\": \"Feature\" in each feature");
        }
        return new GeoJsonFeature(geometry, properties, start.getLineNr(), start.getColumnNr());
    }

    private Map<String, Object> readProperties() throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, "\"properties\" must be an object or null");
        Map<String, Object> properties = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case VALUE_STRING -> properties.put(name, parser.getText());
                case VALUE_NUMBER_INT -> properties.put(name, integer(parser.getNumberValue()));
                case VALUE_NUMBER_FLOAT -> properties.put(name, parser.getDoubleValue());
                case VALUE_TRUE, VALUE_FALSE -> properties.put(name, value == JsonToken.VALUE_TRUE);
                default -> parser.skipChildren();
            }
        }
        return properties;
    }

    /** Whole numbers too large for a long become doubles, so callers see only Long or Double. */
    private static Number integer(Number value) {
        return value instanceof BigInteger big ? big.doubleValue() : value.longValue();
    }

    private Geometry readGeometry() throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, "\"geometry\" must be an object or null");
        JsonLocation start = parser.currentTokenLocation();
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "type" -> type = readText(name);
                case "coordinates" -> coordinates = readCoordinates();
                case "geometries" -> members = readGeometries();
                default -> parser.skipChildren();
            }
        }
        if (type == null) {
            throw error(start, "the geometry has no \"type\"");
        }
        if (type.equals("GeometryCollection")) {
            if (members == null) {
                throw error(start, "the GeometryCollection has no \"geometries\" array");
            }
            return GEOMETRY.createGeometryCollection(members.toArray(Geometry[]::new));
        }
        if (coordinates == null) {
            throw error(start, "the " + type + " has no \"coordinates\"");
        }
        return new GeometryBuilder(start, type).build(coordinates);
    }

    private List<Geometry> readGeometries() throws IOException {
        expect(parser.currentToken() == JsonToken.START_ARRAY, "\"geometries\" must be an array");
        List<Geometry> members = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            members.add(readGeometry());
        }
        return members;
    }

    /**
     * The nested arrays of a {@code coordinates} member: a position becomes a {@link Coordinate}, an array of
     * arrays a {@link List} of what it holds.
     */
    private Object readCoordinates() throws IOException {
        expect(parser.currentToken() == JsonToken.START_ARRAY, "\"coordinates\" must be an array");
        JsonToken next = parser.nextToken();
        if (next == JsonToken.VALUE_NUMBER_INT || next == JsonToken.VALUE_NUMBER_FLOAT) {
            return readPosition();
        }
        List<Object> children = new ArrayList<>();
        for (; next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            expect(next == JsonToken.START_ARRAY, "expected a position or an array of positions");
            children.add(readCoordinates());
        }
        return children;
    }

    /** Reads a position whose first number is the current token, up to and including its closing bracket. */
    private Coordinate readPosition() throws IOException {
        double[] values = new double[2];
        int count = 0;
        for (JsonToken t = parser.currentToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            expect(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT,
                    "a position must hold only numbers");
            if (count < 2) {
                values[count] = parser.getDoubleValue();
            }
            count++;
        }
        expect(count >= 2, "a position needs a longitude and a latitude");
        return new Coordinate(values[0], values[1]);
    }

    private String readText(String name) throws IOException {
        expect(parser.currentToken() == JsonToken.VALUE_STRING, "\"" + name + "\" must be a string");
        return parser.getText();
    }

    private void expect(boolean condition, String problem) throws GeoJsonFormatException {
        if (!condition) {
            throw error(problem);
        }
    }

    private GeoJsonFormatException error(String problem) {
        return error(parser.currentTokenLocation(), problem);
    }

    private GeoJsonFormatException error(JsonLocation at, String problem) {
        return new GeoJsonFormatException(source, at.getLineNr(), at.getColumnNr(), problem);
    }

    /** Turns parsed coordinates into the JTS geometry their GeoJSON type names, checking their nesting. */
    private final class GeometryBuilder {
        private final JsonLocation start;
        private final String type;

        GeometryBuilder(JsonLocation start, String type) {
            this.start = start;
            this.type = type;
        }

        Geometry build(Object coordinates) throws GeoJsonFormatException {
            return switch (type) {
                case "Point" -> point(coordinates);
                case "MultiPoint" -> GEOMETRY.createMultiPoint(points(coordinates));
                case "LineString" -> line(coordinates);
                case "MultiLineString" -> GEOMETRY.createMultiLineString(lines(coordinates));
                case "Polygon" -> polygon(coordinates);
                case "MultiPolygon" -> GEOMETRY.createMultiPolygon(polygons(coordinates));
                default -> throw error(start, "unknown geometry type \"" + type + "\"");
            };
        }

        private Point point(Object coordinates) throws GeoJsonFormatException {
            if (coordinates instanceof Coordinate c) {
                return GEOMETRY.createPoint(c);
            }
            if (coordinates instanceof List<?> list && list.isEmpty()) {
                return GEOMETRY.createPoint();
            }
            throw wrongNesting();
        }

        private Point[] points(Object coordinates) throws GeoJsonFormatException {
            List<?> list = list(coordinates);
            Point[] points = new Point[list.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = point(list.get(i));
            }
            return points;
        }

        private LineString line(Object coordinates) throws GeoJsonFormatException {
            Coordinate[] positions = positions(coordinates);
            if (positions.length == 1) {
                throw error(start, "a " + type + " needs at least two positions");
            }
            return GEOMETRY.createLineString(positions);
        }

        private LineString[] lines(Object coordinates) throws GeoJsonFormatException {
            List<?> list = list(coordinates);
            LineString[] lines = new LineString[list.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = line(list.get(i));
            }
            return lines;
        }

        private Polygon polygon(Object coordinates) throws GeoJsonFormatException {
            List<?> rings = list(coordinates);
            if (rings.isEmpty()) {
                return GEOMETRY.createPolygon();
            }
            LinearRing shell = ring(rings.get(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = ring(rings.get(i + 1));
            }
            return GEOMETRY.createPolygon(shell, holes);
        }

        private Polygon[] polygons(Object coordinates) throws GeoJsonFormatException {
            List<?> list = list(coordinates);
            Polygon[] polygons = new Polygon[list.size()];
            for (int i = 0; i < polygons.length; i++) {
                polygons[i] = polygon(list.get(i));
            }
            return polygons;
        }

        private LinearRing ring(Object coordinates) throws GeoJsonFormatException {
            Coordinate[] positions = positions(coordinates);
            if (positions.length < 4 || !positions[0].equals2D(positions[positions.length - 1])) {
                throw error(start, "each ring of a " + type
                        + " needs at least four positions and must end where it starts");
            }
            return GEOMETRY.createLinearRing(positions);
        }

        private Coordinate[] positions(Object coordinates) throws GeoJsonFormatException {
            List<?> list = list(coordinates);
            Coordinate[] positions = new Coordinate[list.size()];
            for (int i = 0; i < positions.length; i++) {
                if (!(list.get(i) instanceof Coordinate c)) {
                    throw wrongNesting();
                }
                positions[i] = c;
            }
            return positions;
        }

        private List<?> list(Object coordinates) throws GeoJsonFormatException {
            if (coordinates instanceof List<?> list) {
                return list;
            }
            throw wrongNesting();
        }

        private GeoJsonFormatException wrongNesting() {
            return error(start, "the \"coordinates\" of a " + type + " are nested the wrong way");
        }
    }
}
