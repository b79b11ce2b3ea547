package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BAD_COORDINATES;
import static org.hubmap.io.DiagnosticCode.EMPTY_GEOMETRY;
import static org.hubmap.io.DiagnosticCode.EXTRA_POSITION_NUMBERS;
import static org.hubmap.io.DiagnosticCode.GEOMETRY_MEMBERS;
import static org.hubmap.io.DiagnosticCode.GEOMETRY_TYPE;
import static org.hubmap.io.DiagnosticCode.HOLE_COUNTER_CLOCKWISE;
import static org.hubmap.io.DiagnosticCode.POSITION_OUT_OF_RANGE;
import static org.hubmap.io.DiagnosticCode.RING_CLOCKWISE;
import static org.hubmap.io.DiagnosticCode.RING_NOT_CLOSED;
import static org.hubmap.io.DiagnosticCode.TOO_FEW_POSITIONS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one RFC 7946 geometry object into a JTS geometry with x = longitude and y = latitude in degrees (z kept
 * when the file gives a third number). Checks what RFC 7946 requires of each type: positions of two or three
 * numbers in range, lines of two positions or more, closed rings of four positions or more, and no
 * {@code geometry}, {@code properties} or {@code features} member (section 7.1).
 */
final class GeoJsonGeometryReader {
    private static final int MAX_COLLECTION_DEPTH = 8;

    private final GeometryFactory factory;
    private final Warnings warnings;
    private final Map<String, Long> unmodelledMembers = new TreeMap<>();
    private final CoordinateTree[] trees = new CoordinateTree[MAX_COLLECTION_DEPTH + 1];

    GeoJsonGeometryReader(GeometryFactory factory, Warnings warnings) {
        this.factory = factory;
        this.warnings = warnings;
    }

    /**
     * Reads the geometry at the parser's current token, which is START_OBJECT or VALUE_NULL (no geometry). An
     * empty geometry (empty {@code coordinates} or {@code geometries}) is read as no geometry, with a warning.
     */
    Geometry read(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        return read(parser, 0);
    }

    private Geometry read(JsonParser parser, int depth) throws IOException, GeoJsonSyntaxError {
        JsonPlace start = JsonPlace.ofToken(parser);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(GEOMETRY_TYPE, start, "a geometry must be an object or null, found "
                    + CoordinateTree.describe(parser.currentToken()));
        }
        String type = null;
        JsonPlace typePlace = start;
        CoordinateTree coordinates = null;
        List<Geometry> members = null;
        JsonPlace membersPlace = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (field.equals("geometry") || field.equals("properties") || field.equals("features")) {
                throw GeoJsonLayoutParser.misplaced("Geometry", field, JsonPlace.ofToken(parser));
            }
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> {
                    typePlace = JsonPlace.ofToken(parser);
                    type = readType(parser, value);
                }
                case "coordinates" -> {
                    coordinates = tree(depth);
                    coordinates.read(parser);
                }
                case "geometries" -> {
                    membersPlace = JsonPlace.ofToken(parser);
                    members = readMembers(parser, depth);
                }
                case "crs" -> CrsMember.check(JsonValues.read(parser), JsonPlace.ofToken(parser), warnings);
                default -> {
                    unmodelledMembers.merge(field, 1L, Long::sum);
                    parser.skipChildren();
                }
            }
        }
        if (type == null) {
            throw new GeoJsonSyntaxError(GEOMETRY_TYPE, start, "geometry has no \"type\" member");
        }
        if (type.equals("GeometryCollection")) {
            if (members == null) {
                throw new GeoJsonSyntaxError(GEOMETRY_MEMBERS, start,
                        "GeometryCollection has no \"geometries\" member");
            }
            if (members.isEmpty()) {
                warnings.add(EMPTY_GEOMETRY, membersPlace, "empty GeometryCollection, read as no geometry");
                return null;
            }
            return factory.createGeometryCollection(members.toArray(Geometry[]::new));
        }
        if (members != null) {
            throw new GeoJsonSyntaxError(GEOMETRY_MEMBERS, membersPlace, type
                    + " must not have a \"geometries\" member");
        }
        if (coordinates == null) {
            throw new GeoJsonSyntaxError(GEOMETRY_MEMBERS, start, type + " has no \"coordinates\" member");
        }
        int root = CoordinateTree.root();
        if (!coordinates.isNumber(root) && coordinates.elementCount(root) == 0 && isKnownType(type)) {
            warnings.add(EMPTY_GEOMETRY, coordinates.place(root), "empty " + type + ", read as no geometry");
            return null;
        }
        return new Builder(coordinates).build(type, root, typePlace);
    }

    /**
     * The coordinate tree for geometries at this depth of GeometryCollections: one per depth, because a member
     * geometry is read while the collection's own {@code coordinates} (an error, reported later) may be held.
     */
    private CoordinateTree tree(int depth) {
        if (trees[depth] == null) {
            trees[depth] = new CoordinateTree();
        }
        return trees[depth];
    }

    private static boolean isKnownType(String type) {
        return switch (type) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon" -> true;
            default -> false;
        };
    }

    /**
     * How many geometries had each member that JTS cannot hold (such as {@code bbox} or foreign members); the
     * lossless writer keeps them through the geometry's text, a normalising writer cannot.
     */
    Map<String, Long> unmodelledMembers() {
        return unmodelledMembers;
    }

    private static String readType(JsonParser parser, JsonToken value) throws IOException, GeoJsonSyntaxError {
        if (value != JsonToken.VALUE_STRING) {
            throw new GeoJsonSyntaxError(GEOMETRY_TYPE, JsonPlace.ofToken(parser), "\"type\" must be a string");
        }
        return parser.getText();
    }

    private List<Geometry> readMembers(JsonParser parser, int depth) throws IOException, GeoJsonSyntaxError {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(GEOMETRY_MEMBERS, JsonPlace.ofToken(parser),
                    "\"geometries\" must be an array");
        }
        if (depth >= MAX_COLLECTION_DEPTH) {
            throw new GeoJsonSyntaxError(GEOMETRY_MEMBERS, JsonPlace.ofToken(parser),
                    "GeometryCollections are nested too deeply");
        }
        List<Geometry> members = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonPlace place = JsonPlace.ofToken(parser);
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                throw new GeoJsonSyntaxError(GEOMETRY_MEMBERS, place, "a GeometryCollection member must not be null");
            }
            Geometry member = read(parser, depth + 1);
            if (member != null) {
                members.add(member);
            }
        }
        return members;
    }

    /** Builds the JTS geometry of one coordinate tree, checking what RFC 7946 requires of its type. */
    private final class Builder {
        private final CoordinateTree c;

        Builder(CoordinateTree coordinates) {
            this.c = coordinates;
        }

        Geometry build(String type, int node, JsonPlace typePlace) throws GeoJsonSyntaxError {
            return switch (type) {
                case "Point" -> point(node);
                case "MultiPoint" -> factory.createMultiPoint(mapArray(node, this::point).toArray(Point[]::new));
                case "LineString" -> line(node);
                case "MultiLineString" ->
                    factory.createMultiLineString(mapArray(node, this::line).toArray(LineString[]::new));
                case "Polygon" -> polygon(node);
                case "MultiPolygon" ->
                    factory.createMultiPolygon(mapArray(node, this::polygon).toArray(Polygon[]::new));
                default -> throw new GeoJsonSyntaxError(GEOMETRY_TYPE, typePlace, "unknown geometry type \"" + type
                        + "\" (expected Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or"
                        + " GeometryCollection; names are case-sensitive)");
            };
        }

        private Point point(int node) throws GeoJsonSyntaxError {
            return factory.createPoint(position(node));
        }

        private LineString line(int node) throws GeoJsonSyntaxError {
            Coordinate[] positions = positions(node);
            if (positions.length < 2) {
                throw new GeoJsonSyntaxError(TOO_FEW_POSITIONS, c.place(node),
                        "a LineString needs at least 2 positions, found "
                        + positions.length);
            }
            return factory.createLineString(positions);
        }

        private Polygon polygon(int node) throws GeoJsonSyntaxError {
            requireArray(node);
            int count = c.elementCount(node);
            if (count == 0) {
                throw new GeoJsonSyntaxError(TOO_FEW_POSITIONS, c.place(node), "a polygon needs at least one ring");
            }
            LinearRing[] rings = new LinearRing[count];
            int element = CoordinateTree.firstElement(node);
            for (int i = 0; i < count; i++, element = c.nextElement(element)) {
                rings[i] = ring(element);
            }
            if (!Orientation.isCCW(rings[0].getCoordinateSequence())) {
                warnings.add(RING_CLOCKWISE, c.place(c.element(node, 0)),
                        "exterior ring is clockwise; RFC 7946 wants it"
                        + " counter-clockwise (read as the area it encloses; written counter-clockwise when edited)");
            }
            for (int i = 1; i < count; i++) {
                if (Orientation.isCCW(rings[i].getCoordinateSequence())) {
                    warnings.add(HOLE_COUNTER_CLOCKWISE, c.place(c.element(node, i)),
                            "hole is counter-clockwise; RFC 7946 wants holes"
                            + " clockwise (read as a hole; written clockwise when edited)");
                }
            }
            return factory.createPolygon(rings[0], Arrays.copyOfRange(rings, 1, count));
        }

        private LinearRing ring(int node) throws GeoJsonSyntaxError {
            Coordinate[] positions = positions(node);
            if (positions.length < 4) {
                throw new GeoJsonSyntaxError(TOO_FEW_POSITIONS, c.place(node),
                        "a polygon ring needs at least 4 positions, found "
                        + positions.length);
            }
            if (!positions[0].equals2D(positions[positions.length - 1])) {
                throw new GeoJsonSyntaxError(RING_NOT_CLOSED, c.place(node),
                        "polygon ring is not closed: its last position must repeat its first");
            }
            return factory.createLinearRing(positions);
        }

        private Coordinate[] positions(int node) throws GeoJsonSyntaxError {
            requireArray(node);
            Coordinate[] positions = new Coordinate[c.elementCount(node)];
            int element = CoordinateTree.firstElement(node);
            for (int i = 0; i < positions.length; i++, element = c.nextElement(element)) {
                positions[i] = position(element);
            }
            return positions;
        }

        private Coordinate position(int node) throws GeoJsonSyntaxError {
            if (c.isNumber(node)) {
                throw new GeoJsonSyntaxError(BAD_COORDINATES, c.place(node),
                        "expected a position [longitude, latitude], found a"
                        + " number");
            }
            int count = c.elementCount(node);
            if (count < 2) {
                throw new GeoJsonSyntaxError(BAD_COORDINATES, c.place(node),
                        "a position needs longitude and latitude, found "
                        + count + " number" + (count == 1 ? "" : "s"));
            }
            int lonNode = CoordinateTree.firstElement(node);
            for (int i = 0, n = lonNode; i < count; i++, n = c.nextElement(n)) {
                if (!c.isNumber(n)) {
                    throw new GeoJsonSyntaxError(BAD_COORDINATES, c.place(n),
                            "a position holds numbers only; found an array");
                }
            }
            // Every element is a number, so the elements are consecutive nodes.
            double lon = c.number(lonNode);
            double lat = c.number(lonNode + 1);
            if (lon < -180 || lon > 180) {
                throw new GeoJsonSyntaxError(POSITION_OUT_OF_RANGE, c.place(lonNode), "longitude " + lon
                        + " is outside -180..180");
            }
            if (lat < -90 || lat > 90) {
                throw new GeoJsonSyntaxError(POSITION_OUT_OF_RANGE, c.place(lonNode + 1), "latitude " + lat
                        + " is outside -90..90");
            }
            if (count > 3) {
                warnings.add(EXTRA_POSITION_NUMBERS, c.place(lonNode + 3), "position has " + count
                        + " numbers; RFC 7946 positions"
                        + " have at most three (longitude, latitude, altitude); the rest are ignored");
            }
            return count > 2 ? new Coordinate(lon, lat, c.number(lonNode + 2)) : new Coordinate(lon, lat);
        }

        private void requireArray(int node) throws GeoJsonSyntaxError {
            if (c.isNumber(node)) {
                throw new GeoJsonSyntaxError(BAD_COORDINATES, c.place(node), "expected an array, found a number");
            }
        }

        private <T> List<T> mapArray(int node, ElementReader<T> reader) throws GeoJsonSyntaxError {
            requireArray(node);
            int count = c.elementCount(node);
            List<T> result = new ArrayList<>(count);
            int element = CoordinateTree.firstElement(node);
            for (int i = 0; i < count; i++, element = c.nextElement(element)) {
                result.add(reader.read(element));
            }
            return result;
        }
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(int node) throws GeoJsonSyntaxError;
    }
}
